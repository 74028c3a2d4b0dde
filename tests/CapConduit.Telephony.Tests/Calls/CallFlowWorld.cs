using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.Routing;
using PersistedStrategy = CapConduit.Persistence.Campaigns.RoutingStrategyKind;
using RoutingStrategyKind = CapConduit.Persistence.Campaigns.RoutingStrategyKind;

namespace CapConduit.Telephony.Tests.Calls;

/// <summary>A client a test wants: its PJSIP identifier and link caps.</summary>
public sealed record TestClient(string Identifier, int Priority = 0, int MaxConcurrency = 10, int? TotalAllowed = null, int TotalUsed = 0);

/// <summary>
/// Rows in PostgreSQL (seller, clients, campaign, links, DID) and the routing snapshot that mirrors them with
/// the same ids, so call records and answer counts land on real rows.
/// </summary>
public sealed class CallFlowWorld
{
    private CallFlowWorld(RoutingSnapshot snapshot, string did, IReadOnlyDictionary<string, RoutingLink> links, Guid campaignId, Guid sellerId)
    {
        Snapshot = snapshot;
        Did = did;
        Links = links;
        CampaignId = campaignId;
        SellerId = sellerId;
    }

    public RoutingSnapshot Snapshot { get; }
    public string Did { get; }
    public IReadOnlyDictionary<string, RoutingLink> Links { get; }
    public Guid CampaignId { get; }
    public Guid SellerId { get; }

    public static async Task<CallFlowWorld> CreateAsync(
        Func<CapConduitDbContext> createDb, int dialTimeoutSeconds, params TestClient[] clients)
    {
        var now = DateTimeOffset.UtcNow;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var seller = new User
        {
            Id = Guid.NewGuid(),
            Username = $"seller_{tag}",
            Email = $"{tag}@example.test",
            PasswordHash = "x",
            Role = UserRole.Seller,
            Status = UserStatus.Active,
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var did = new Did
        {
            Id = Guid.NewGuid(),
            Number = "+1800" + Random.Shared.Next(1_000_000, 9_999_999),
            OwnerId = seller.Id,
            Status = DidStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var campaign = new Campaign
        {
            Id = Guid.NewGuid(),
            OwnerId = seller.Id,
            Name = $"Campaign {tag}",
            Status = CampaignStatus.Active,
            RoutingStrategy = PersistedStrategy.Priority,
            DialTimeoutSeconds = dialTimeoutSeconds,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var rows = clients.Select(c => (c, client: new Client
        {
            Id = Guid.NewGuid(),
            Identifier = $"{c.Identifier}_{tag}",
            Name = c.Identifier,
            Status = ClientStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        })).ToList();
        var links = rows.Select(r => new CampaignClient
        {
            Id = Guid.CreateVersion7(now.AddTicks(r.c.Priority)),
            CampaignId = campaign.Id,
            ClientId = r.client.Id,
            Status = LinkStatus.Active,
            MaxConcurrency = r.c.MaxConcurrency,
            TotalCallsAllowed = r.c.TotalAllowed,
            TotalCallsUsed = r.c.TotalUsed,
            Priority = r.c.Priority,
            Weight = 1,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();

        await using (var db = createDb())
        {
            db.Add(seller);
            db.Add(did);
            db.Add(campaign);
            db.Add(new CampaignDid { CampaignId = campaign.Id, DidId = did.Id, CreatedAt = now });
            db.AddRange(rows.Select(r => r.client));
            db.AddRange(links);
            await db.SaveChangesAsync();
        }

        var routingLinks = rows.Zip(links, (r, l) => new RoutingLink(l.Id, r.client.Id, r.client.Identifier, r.client.Name,
            ClientActive: true, HasContact: true, LinkActive: true, l.Priority, l.Weight, l.MaxConcurrency, l.TotalCallsAllowed,
            l.TotalCallsUsed)).ToList();
        var routingCampaign = new RoutingCampaign(campaign.Id, campaign.Name, seller.Id, RoutingStrategyKind.Priority,
            dialTimeoutSeconds, routingLinks);
        var snapshot = new RoutingSnapshot([new RoutingDid(did.Id, did.Number, true, seller.Id, true, routingCampaign)], now);
        return new CallFlowWorld(snapshot, did.Number, routingLinks.ToDictionary(l => l.ClientName), campaign.Id, seller.Id);
    }

    /// <summary>"PJSIP/&lt;identifier&gt;" of the client named <paramref name="name"/> in the test.</summary>
    public string Endpoint(string name) => "PJSIP/" + Links[name].ClientIdentifier;
}
