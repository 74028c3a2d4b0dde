using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Dids;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Dids;

/// <summary>DIDs: who may create them, E.164 numbers, partial updates and seller scope.</summary>
public sealed class DidTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    private const string Create = """
        mutation($input: CreateDidInput!) { createDid(input: $input) { did { id number ownerId ownerUsername status description } errors { code message field } } }
        """;

    private const string Update = """
        mutation($input: UpdateDidInput!) { updateDid(input: $input) { did { id number status description } errors { code message field } } }
        """;

    private const string Delete = """
        mutation($input: DeleteDidInput!) { deleteDid(input: $input) { deletedDidId errors { code field } } }
        """;

    [Fact]
    public async Task A_seller_creates_a_did_for_themselves()
    {
        var number = CatalogSeed.NewNumber();

        var response = await fx.ExecuteAsync(fx.Alice, Create, new { input = new { number, description = "Main line" } });

        Assert.Empty(response.UserErrorCodes("createDid"));
        Snapshot.Match(response.Scrubbed().Replace(number, "<number>", StringComparison.Ordinal));
        await using var db = fx.CreateDbContext();
        var did = await db.Dids.SingleAsync(d => d.Number == number);
        Assert.Equal(fx.Alice.Id, did.OwnerId);
        Assert.Equal(DidStatus.Active, did.Status);
    }

    [Fact]
    public async Task A_seller_cannot_create_a_did_for_another_seller()
    {
        var number = CatalogSeed.NewNumber();

        var response = await fx.ExecuteAsync(fx.Alice, Create, new { input = new { number, ownerId = fx.Bob.Id } });

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        await using var db = fx.CreateDbContext();
        Assert.False(await db.Dids.AnyAsync(d => d.Number == number));
    }

    [Fact]
    public async Task An_admin_creates_dids_for_a_seller_and_must_name_one()
    {
        var number = CatalogSeed.NewNumber();

        var missing = await fx.ExecuteAsync(fx.Admin, Create, new { input = new { number } });
        var notSeller = await fx.ExecuteAsync(fx.Admin, Create, new { input = new { number, ownerId = fx.Staff.Id } });
        var created = await fx.ExecuteAsync(fx.Admin, Create, new { input = new { number, ownerId = fx.Bob.Id, status = "INACTIVE" } });

        Assert.Equal(["REQUIRED"], missing.UserErrorCodes("createDid"));
        Assert.Equal(["OWNER_NOT_SELLER"], notSeller.UserErrorCodes("createDid"));
        Assert.Empty(created.UserErrorCodes("createDid"));
        var did = created.Payload("createDid").GetProperty("did");
        Assert.Equal(fx.Bob.Username, did.GetProperty("ownerUsername").GetString());
        Assert.Equal("INACTIVE", did.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Staff_and_anonymous_callers_cannot_create_dids()
    {
        var number = CatalogSeed.NewNumber();

        var staff = await fx.ExecuteAsync(fx.Staff, Create, new { input = new { number, ownerId = fx.Alice.Id } });
        var anonymous = await fx.ExecuteAsync(null, Create, new { input = new { number } });

        Assert.Equal("FORBIDDEN", staff.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode);
        await using var db = fx.CreateDbContext();
        Assert.False(await db.Dids.AnyAsync(d => d.Number == number));
    }

    [Theory]
    [InlineData("18005550101")]
    [InlineData("+08005550101")]
    [InlineData("+1")]
    [InlineData("+1234567890123456")]
    [InlineData("+1800555O101")]
    [InlineData("+1 800 555 0101")]
    public async Task Numbers_must_be_E164(string number)
    {
        var response = await fx.ExecuteAsync(fx.Alice, Create, new { input = new { number } });

        var error = Assert.Single(response.Payload("createDid").GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_VALUE", error.GetProperty("code").GetString());
        Assert.Equal("input.number", string.Join('.', error.GetProperty("field").EnumerateArray().Select(f => f.GetString())));
        await using var db = fx.CreateDbContext();
        Assert.False(await db.Dids.AnyAsync(d => d.Number == number));
    }

    [Fact]
    public async Task A_number_is_unique_across_sellers()
    {
        var did = await fx.DidAsync(fx.Bob);

        var response = await fx.ExecuteAsync(fx.Alice, Create, new { input = new { number = did.Number } });

        Assert.Equal(["NUMBER_TAKEN"], response.UserErrorCodes("createDid"));
    }

    [Fact]
    public async Task Update_changes_only_the_fields_given_and_the_number_cannot_change()
    {
        var did = await fx.DidAsync(fx.Alice);
        await fx.ExecuteAsync(fx.Alice, Update, new { input = new { id = did.Id, description = "kept" } });

        var response = await fx.ExecuteAsync(fx.Alice, Update, new { input = new { id = did.Id, status = "INACTIVE" } });
        var withNumber = await fx.ExecuteAsync(fx.Alice, Update, new { input = new { id = did.Id, number = "+19999999999" } });

        var updated = response.Payload("updateDid").GetProperty("did");
        Assert.Equal("INACTIVE", updated.GetProperty("status").GetString());
        Assert.Equal("kept", updated.GetProperty("description").GetString());
        Assert.Equal(did.Number, updated.GetProperty("number").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", withNumber.ErrorCode);
    }

    [Fact]
    public async Task Another_sellers_did_reads_and_writes_as_not_found()
    {
        var bobs = await fx.DidAsync(fx.Bob);

        var read = await fx.ExecuteAsync(fx.Alice, "query($id: ID!) { did(id: $id) { id } }", new { id = bobs.Id });
        var list = await fx.ExecuteAsync(fx.Alice, "{ dids(first: 100) { nodes { id } } }");
        var update = await fx.ExecuteAsync(fx.Alice, Update, new { input = new { id = bobs.Id, status = "INACTIVE", description = "mine now" } });
        var delete = await fx.ExecuteAsync(fx.Alice, Delete, new { input = new { id = bobs.Id } });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Data.GetProperty("did").ValueKind);
        Assert.DoesNotContain(bobs.Id.ToString(), list.ToString(), StringComparison.Ordinal);
        Assert.Equal(["NOT_FOUND"], update.UserErrorCodes("updateDid"));
        Assert.Equal(["NOT_FOUND"], delete.UserErrorCodes("deleteDid"));
        await using var db = fx.CreateDbContext();
        var stored = await db.Dids.SingleAsync(d => d.Id == bobs.Id);
        Assert.Equal(DidStatus.Active, stored.Status);
        Assert.Null(stored.Description);
    }

    [Fact]
    public async Task Staff_read_every_sellers_dids_but_cannot_change_them()
    {
        var alices = await fx.DidAsync(fx.Alice);

        var read = await fx.ExecuteAsync(fx.Staff, "query($id: ID!) { did(id: $id) { number } }", new { id = alices.Id });
        var update = await fx.ExecuteAsync(fx.Staff, Update, new { input = new { id = alices.Id, status = "INACTIVE" } });
        var delete = await fx.ExecuteAsync(fx.Staff, Delete, new { input = new { id = alices.Id } });

        Assert.Equal(alices.Number, read.Data.GetProperty("did").GetProperty("number").GetString());
        Assert.Equal("FORBIDDEN", update.ErrorCode);
        Assert.Equal("FORBIDDEN", delete.ErrorCode);
        await using var db = fx.CreateDbContext();
        Assert.Equal(DidStatus.Active, (await db.Dids.SingleAsync(d => d.Id == alices.Id)).Status);
    }

    [Fact]
    public async Task Deleting_a_did_removes_it_from_its_campaigns()
    {
        var did = await fx.DidAsync(fx.Alice);
        var campaign = await fx.CampaignAsync(fx.Alice, dids: did);

        var response = await fx.ExecuteAsync(fx.Admin, Delete, new { input = new { id = did.Id } });

        Assert.Empty(response.UserErrorCodes("deleteDid"));
        await using var db = fx.CreateDbContext();
        Assert.False(await db.Dids.AnyAsync(d => d.Id == did.Id));
        Assert.False(await db.CampaignDids.AnyAsync(cd => cd.CampaignId == campaign.Id));
    }

    [Fact]
    public async Task Dids_filter_by_status()
    {
        var active = await fx.DidAsync(fx.Bob);
        var inactive = await fx.DidAsync(fx.Bob, DidStatus.Inactive);

        var response = await fx.ExecuteAsync(fx.Bob, "{ dids(first: 100, status: INACTIVE) { totalCount nodes { id status } } }");

        var ids = response.Data.GetProperty("dids").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains(inactive.Id.ToString(), ids);
        Assert.DoesNotContain(active.Id.ToString(), ids);
        Assert.All(response.Data.GetProperty("dids").GetProperty("nodes").EnumerateArray(), n => Assert.Equal("INACTIVE", n.GetProperty("status").GetString()));
    }
}
