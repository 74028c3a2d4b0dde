using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Tests.Clients;

/// <summary>Deleting clients (refused while in active use) and listing them with filters and cursors.</summary>
public sealed class ClientDeleteAndListTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    [Fact]
    public async Task A_client_actively_linked_to_an_active_campaign_cannot_be_deleted()
    {
        var (id, identifier) = await ClientOperations.CreateAsync(fx, "inuse");
        var campaign = await fx.CampaignAsync(fx.Alice);
        var link = await fx.LinkAsync(campaign, Guid.Parse(id));

        var refused = await fx.ExecuteAsync(fx.Admin, ClientOperations.Delete, new { input = new { id } });

        Assert.Equal(["CLIENT_IN_USE"], refused.UserErrorCodes("deleteClient"));
        Assert.Contains(campaign.Name, refused.ToString(), StringComparison.Ordinal);
        await using (var db = fx.CreateDbContext())
        {
            Assert.True(await db.Clients.AnyAsync(c => c.Identifier == identifier));
            Assert.True(await db.PsEndpoints.AnyAsync(e => e.Id == identifier));
            Assert.True(await db.CampaignClients.AnyAsync(l => l.Id == link.Id));
            await db.CampaignClients.Where(l => l.Id == link.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LinkStatus.Inactive));
        }

        var deleted = await fx.ExecuteAsync(fx.Staff, ClientOperations.Delete, new { input = new { id } });

        Assert.Empty(deleted.UserErrorCodes("deleteClient"));
        Assert.Equal(id, deleted.Payload("deleteClient").GetProperty("deletedClientId").GetString());
        await using var after = fx.CreateDbContext();
        Assert.False(await after.Clients.AnyAsync(c => c.Identifier == identifier));
        Assert.False(await after.PsEndpoints.AnyAsync(e => e.Id == identifier));
        Assert.False(await after.PsAors.AnyAsync(a => a.Id == identifier));
        Assert.False(await after.CampaignClients.AnyAsync(l => l.Id == link.Id));
    }

    [Fact]
    public async Task A_client_linked_only_to_an_inactive_campaign_can_be_deleted_with_its_auth_row()
    {
        var (id, identifier) = await ClientOperations.CreateAsync(fx, "idle",
            new { contact = "sip:a@b.c", credentials = new { username = "u", password = "p4ssword" } });
        var campaign = await fx.CampaignAsync(fx.Bob, CampaignStatus.Inactive);
        await fx.LinkAsync(campaign, Guid.Parse(id));

        var deleted = await fx.ExecuteAsync(fx.Admin, ClientOperations.Delete, new { input = new { id } });

        Assert.Empty(deleted.UserErrorCodes("deleteClient"));
        await using var db = fx.CreateDbContext();
        Assert.False(await db.PsAuths.AnyAsync(a => a.Id == identifier));
        Assert.False(await db.CampaignClients.AnyAsync(l => l.CampaignId == campaign.Id));
    }

    [Fact]
    public async Task Clients_filter_by_status_and_text_and_page_by_cursor()
    {
        var stem = $"pg{Guid.NewGuid():N}"[..10];
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
            created.Add((await ClientOperations.CreateAsync(fx, stem, status: i == 4 ? "INACTIVE" : "ACTIVE")).Identifier);

        const string Query = """
            query($text: String, $status: ClientStatus, $after: String) {
              clients(first: 2, text: $text, status: $status, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { identifier status } } nodes { identifier }
              }
            }
            """;
        var seen = new List<string>();
        string? after = null;
        int pages = 0;
        do
        {
            var response = await fx.ExecuteAsync(fx.Staff, Query, new { text = stem.ToUpperInvariant(), status = "ACTIVE", after });
            var connection = response.Data.GetProperty("clients");
            Assert.Equal(4, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("identifier").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null && pages < 10);

        Assert.Equal(2, pages);
        Assert.Equal(created.Take(4).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Client_by_id_is_null_when_unknown()
    {
        var response = await fx.ExecuteAsync(fx.Staff, "query($id: ID!) { client(id: $id) { id } }", new { id = Guid.NewGuid() });
        Assert.Null(response.ErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("client").ValueKind);
    }
}
