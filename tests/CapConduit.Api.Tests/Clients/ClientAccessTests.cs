using CapConduit.Api.Tests.Support;

namespace CapConduit.Api.Tests.Clients;

/// <summary>Role matrix for client operations: staff and admins manage clients; sellers see only availableClients.</summary>
public sealed class ClientAccessTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    public static TheoryData<string, string?> Roles => new()
    {
        { "admin", null },
        { "staff", null },
        { "seller", "FORBIDDEN" },
        { "anonymous", "UNAUTHENTICATED" },
    };

    private TestUser? As(string role) => role switch
    {
        "admin" => fx.Admin,
        "staff" => fx.Staff,
        "seller" => fx.Alice,
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Clients_query_is_for_staff_and_admins(string role, string? expectedError)
    {
        var response = await fx.ExecuteAsync(As(role), "{ clients(first: 5) { totalCount nodes { id } } }");
        Assert.Equal(expectedError, response.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Create_update_and_delete_client_are_for_staff_and_admins(string role, string? expectedError)
    {
        var (id, _) = await ClientOperations.CreateAsync(fx, "matrix");
        var identifier = ClientOperations.UniqueIdentifier("matrix_new");

        var create = await fx.ExecuteAsync(As(role), ClientOperations.Create,
            new { input = new { identifier, name = "X", sip = new { contact = "sip:x@example.com" } } });
        var update = await fx.ExecuteAsync(As(role), ClientOperations.Update, new { input = new { id, name = "Renamed" } });
        var delete = await fx.ExecuteAsync(As(role), ClientOperations.Delete, new { input = new { id } });

        Assert.Equal(expectedError, create.ErrorCode);
        Assert.Equal(expectedError, update.ErrorCode);
        Assert.Equal(expectedError, delete.ErrorCode);
        await using var db = fx.CreateDbContext();
        var guid = Guid.Parse(id);
        Assert.Equal(expectedError is null, !db.Clients.Any(c => c.Id == guid));
        Assert.Equal(expectedError is null, db.Clients.Any(c => c.Identifier == identifier));
    }

    [Fact]
    public async Task Sellers_see_active_clients_through_availableClients_without_sip_settings()
    {
        var (_, active) = await ClientOperations.CreateAsync(fx, "avail_on");
        var (_, inactive) = await ClientOperations.CreateAsync(fx, "avail_off", status: "INACTIVE");

        var response = await fx.ExecuteAsync(fx.Alice, "{ availableClients(first: 100) { nodes { id identifier name department } } }");

        Assert.Null(response.ErrorCode);
        var identifiers = response.Data.GetProperty("availableClients").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("identifier").GetString()).ToList();
        Assert.Contains(active, identifiers);
        Assert.DoesNotContain(inactive, identifiers);

        var sip = await fx.ExecuteAsync(fx.Alice, "{ availableClients { nodes { sip { contact } } } }");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", sip.ErrorCode);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_list_available_clients()
    {
        var response = await fx.ExecuteAsync(null, "{ availableClients { totalCount } }");
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
    }
}
