using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Dids;

namespace CapConduit.Api.Tests.Support;

/// <summary>Writes DIDs, campaigns and links straight to the database, for tests whose subject is something else.</summary>
public static class CatalogSeed
{
    private static int _numbers = Random.Shared.Next(1_000_000, 9_000_000);

    public static string NewNumber() => $"+1555{Interlocked.Increment(ref _numbers):D7}";

    public static async Task<Did> DidAsync(this CatalogFixture fx, TestUser owner, DidStatus status = DidStatus.Active)
    {
        var now = DateTimeOffset.UtcNow;
        var did = new Did { Id = Guid.CreateVersion7(now), Number = NewNumber(), OwnerId = owner.Id, Status = status, CreatedAt = now, UpdatedAt = now };
        await using var db = fx.CreateDbContext();
        db.Dids.Add(did);
        await db.SaveChangesAsync();
        return did;
    }

    public static async Task<Campaign> CampaignAsync(this CatalogFixture fx, TestUser owner, CampaignStatus status = CampaignStatus.Active, params Did[] dids)
    {
        var now = DateTimeOffset.UtcNow;
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = owner.Id,
            Name = $"Campaign {Guid.NewGuid():N}",
            Status = status,
            RoutingStrategy = RoutingStrategyKind.Priority,
            DialTimeoutSeconds = 25,
            CreatedAt = now,
            UpdatedAt = now,
        };
        campaign.Dids.AddRange(dids.Select(d => new CampaignDid { DidId = d.Id, CreatedAt = now }));
        await using var db = fx.CreateDbContext();
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign;
    }

    public static async Task<CampaignClient> LinkAsync(this CatalogFixture fx, Campaign campaign, Guid clientId,
        LinkStatus status = LinkStatus.Active, int priority = 0, int totalCallsUsed = 0)
    {
        var now = DateTimeOffset.UtcNow;
        var link = new CampaignClient
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            ClientId = clientId,
            Status = status,
            MaxConcurrency = 5,
            TotalCallsAllowed = 100,
            TotalCallsUsed = totalCallsUsed,
            Priority = priority,
            Weight = 10,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = fx.CreateDbContext();
        db.CampaignClients.Add(link);
        await db.SaveChangesAsync();
        return link;
    }
}
