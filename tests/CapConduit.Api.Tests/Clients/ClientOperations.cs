using CapConduit.Api.Tests.Support;

namespace CapConduit.Api.Tests.Clients;

/// <summary>The GraphQL documents the client tests send.</summary>
internal static class ClientOperations
{
    public const string ClientFields = """
        id identifier name department status notes
        sip { transport context allow disallow directMedia fromUser fromDomain callerId contact maxContacts qualifyFrequency
              credentials { username realm hasPassword } }
        """;

    public const string Create = $$"""
        mutation($input: CreateClientInput!) { createClient(input: $input) { client { {{ClientFields}} } errors { code message field } } }
        """;

    public const string Update = $$"""
        mutation($input: UpdateClientInput!) { updateClient(input: $input) { client { {{ClientFields}} } errors { code message field } } }
        """;

    public const string Delete = """
        mutation($input: DeleteClientInput!) { deleteClient(input: $input) { deletedClientId errors { code message field } } }
        """;

    public static string UniqueIdentifier(string stem) => $"{stem}_{Guid.NewGuid():N}"[..Math.Min(40, stem.Length + 13)];

    /// <summary>Creates a client as the admin and returns its id, asserting success.</summary>
    public static async Task<(string Id, string Identifier)> CreateAsync(CatalogFixture fx, string stem, object? sip = null, string status = "ACTIVE")
    {
        var identifier = UniqueIdentifier(stem);
        var response = await fx.ExecuteAsync(fx.Admin, Create, new
        {
            input = new { identifier, name = $"Name of {identifier}", status, sip = sip ?? new { contact = "sip:agent@10.0.0.5:5060" } },
        });
        var payload = response.Payload("createClient");
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, response.ToString());
        return (payload.GetProperty("client").GetProperty("id").GetString()!, identifier);
    }
}
