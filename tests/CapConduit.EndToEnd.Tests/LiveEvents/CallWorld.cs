using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using PersistedStrategy = CapConduit.Persistence.Campaigns.RoutingStrategyKind;

namespace CapConduit.EndToEnd.Tests.LiveEvents;

/// <summary>
/// A seller's DID, campaign and one client link (with its PJSIP endpoint and AOR) in PostgreSQL; the server loads
/// its routing snapshot from these rows as in production.
/// </summary>
internal sealed record CallWorld(string Did, Guid CampaignId, string ClientEndpoint)
{
    public static async Task<CallWorld> CreateAsync(Func<CapConduitDbContext> createDb, User seller)
    {
        var now = DateTimeOffset.UtcNow;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var did = new Did
        {
            Id = Guid.CreateVersion7(now),
            Number = "+1800" + Random.Shared.Next(1_000_000, 9_999_999),
            OwnerId = seller.Id,
            Status = DidStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = seller.Id,
            Name = $"Node Campaign {tag}",
            Status = CampaignStatus.Active,
            RoutingStrategy = PersistedStrategy.Priority,
            DialTimeoutSeconds = 20,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var client = new Client
        {
            Id = Guid.CreateVersion7(now),
            Identifier = $"node_client_{tag}",
            Name = "Node Client",
            Status = ClientStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var link = new CampaignClient
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            ClientId = client.Id,
            Status = LinkStatus.Active,
            MaxConcurrency = 5,
            Priority = 0,
            Weight = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using (var db = createDb())
        {
            db.AddRange(did, campaign, client, link);
            db.Add(new CampaignDid { CampaignId = campaign.Id, DidId = did.Id, CreatedAt = now });
            await PjsipRows.UpsertAsync(db, client.Identifier, new SipSettings { Contact = "sip:node@127.0.0.1:5090" }, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        return new CallWorld(did.Number, campaign.Id, "PJSIP/" + client.Identifier);
    }
}
