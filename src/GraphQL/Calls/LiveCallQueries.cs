using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Conventions;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Calls;

/// <summary>Adds <c>liveCalls</c> to the root query.</summary>
public static class LiveCallQueries
{
    public static QueryType AddLiveCallQueries(this QueryType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<LiveCallsSnapshotType>>("liveCalls")
            .Description(
                "Calls in progress now and each campaign-client link's live concurrency and total use against its caps, " +
                "read from Redis (so every instance's calls show). Sellers see only their own calls and links.")
            .Argument<IdGraphType>("campaignId", "Only this campaign's calls and links.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                var campaignId = ctx.GetArgument<Guid?>("campaignId");
                var services = ctx.RequestServices!;
                var calls = await services.GetRequiredService<LiveCallBoard>().ReadAllAsync(ctx.CancellationToken);
                var visible = calls
                    .Where(c => c.SellerId is { } seller ? viewer.CanAccessOwnedBy(seller) : viewer.SellerScope is null)
                    .Where(c => campaignId is null || c.CampaignId == campaignId)
                    .ToList();
                var links = await ReadLinksAsync(services, viewer.SellerScope, campaignId, ctx.CancellationToken);
                return new LiveCallsSnapshot(services.GetRequiredService<TimeProvider>().GetUtcNow(), visible, links);
            });
        return query;
    }

    private static async Task<IReadOnlyList<LiveLinkCapacity>> ReadLinksAsync(
        IServiceProvider services, Guid? sellerScope, Guid? campaignId, CancellationToken cancellationToken)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CapConduitDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var links = await db.Set<CampaignClient>().AsNoTracking()
            .Where(l => sellerScope == null || l.Campaign!.OwnerId == sellerScope)
            .Where(l => campaignId == null || l.CampaignId == campaignId)
            .OrderBy(l => l.Campaign!.Name).ThenBy(l => l.Priority).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.CampaignId,
                CampaignName = l.Campaign!.Name,
                l.ClientId,
                ClientName = l.Client!.Name,
                l.Status,
                l.MaxConcurrency,
                l.TotalCallsUsed,
                l.TotalCallsAllowed,
            })
            .ToListAsync(cancellationToken);
        var counts = await services.GetRequiredService<SlotStore>().ReadLiveCountsAsync(links.Select(l => l.Id), cancellationToken);
        return links.Select(l =>
        {
            var c = counts.GetValueOrDefault(l.Id);
            return new LiveLinkCapacity(l.Id, l.CampaignId, l.CampaignName, l.ClientId, l.ClientName,
                EnumText<LinkStatus>.Format(l.Status), c?.Live ?? 0, c?.Pending ?? 0, l.MaxConcurrency,
                c?.TotalUsed ?? l.TotalCallsUsed, l.TotalCallsAllowed);
        }).ToList();
    }
}
