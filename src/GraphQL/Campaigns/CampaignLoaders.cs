using CapConduit.Api.Clients;
using CapConduit.Api.DataLoading;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Dids;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Campaigns;

/// <summary>Batch loaders for a campaign's links and DIDs: one SQL statement per level, whatever the row count.</summary>
public static class CampaignLoaders
{
    public static BatchLoader<Guid, IReadOnlyList<CampaignClient>> Links(IResolveFieldContext context) =>
        ClientLoaders.Cache(context).GetOrAdd<Guid, IReadOnlyList<CampaignClient>>("campaign.links", async (ids, ct) =>
        {
            await using var db = await ClientLoaders.Factory(context).CreateDbContextAsync(ct);
            var links = await db.CampaignClients.AsNoTracking().Where(l => ids.Contains(l.CampaignId))
                .OrderBy(l => l.Priority).ThenBy(l => l.Id).ToListAsync(ct);
            return Group(ids, links, l => l.CampaignId);
        });

    public static BatchLoader<Guid, IReadOnlyList<Did>> Dids(IResolveFieldContext context) =>
        ClientLoaders.Cache(context).GetOrAdd<Guid, IReadOnlyList<Did>>("campaign.dids", async (ids, ct) =>
        {
            await using var db = await ClientLoaders.Factory(context).CreateDbContextAsync(ct);
            var rows = await db.CampaignDids.AsNoTracking().Where(cd => ids.Contains(cd.CampaignId))
                .OrderBy(cd => cd.Did!.Number).Select(cd => new { cd.CampaignId, Did = cd.Did! }).ToListAsync(ct);
            return ids.ToDictionary(id => id, id => (IReadOnlyList<Did>)rows.Where(r => r.CampaignId == id).Select(r => r.Did).ToList());
        });

    public static BatchLoader<Guid, Campaign> ById(IResolveFieldContext context) =>
        ClientLoaders.Cache(context).GetOrAdd<Guid, Campaign>("campaign.byId", async (ids, ct) =>
        {
            await using var db = await ClientLoaders.Factory(context).CreateDbContextAsync(ct);
            return await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        });

    private static Dictionary<Guid, IReadOnlyList<T>> Group<T>(IReadOnlyCollection<Guid> ids, List<T> rows, Func<T, Guid> key)
    {
        var lookup = rows.ToLookup(key);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<T>)lookup[id].ToList());
    }
}
