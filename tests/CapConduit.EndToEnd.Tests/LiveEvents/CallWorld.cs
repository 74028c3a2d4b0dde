using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.Routing;
using PersistedStrategy = CapConduit.Persistence.Campaigns.RoutingStrategyKind;
using RoutingStrategyKind = CapConduit.Telephony.Routing.RoutingStrategyKind;

namespace CapConduit.EndToEnd.Tests.LiveEvents;

/// <summary>
/// A seller's DID, campaign and one client link in PostgreSQL, and the routing snapshot mirroring them (the server
/// routes from the snapshot; the rows let the call record land).
/// </summary>
internal sealed record CallWorld(string Did, Guid CampaignId, string ClientEndpoint, RoutingSnapshot Snapshot)
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
            await db.SaveChangesAsync();
        }

        var routingLink = new RoutingLink(link.Id, client.Id, client.Identifier, client.Name, ClientActive: true, HasContact: true,
            LinkActive: true, link.Priority, link.Weight, link.MaxConcurrency, link.TotalCallsAllowed, link.TotalCallsUsed);
        var routingCampaign = new RoutingCampaign(campaign.Id, campaign.Name, seller.Id, RoutingStrategyKind.Priority, 20, [routingLink]);
        var snapshot = new RoutingSnapshot([new RoutingDid(did.Id, did.Number, true, seller.Id, true, routingCampaign)], now);
        return new CallWorld(did.Number, campaign.Id, "PJSIP/" + client.Identifier, snapshot);
    }
}
