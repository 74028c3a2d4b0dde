using CapConduit.Api.Clients;
using CapConduit.Api.DataLoading;
using CapConduit.Persistence.Dids;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Dids;

/// <summary>Batch loaders for DIDs and their owners.</summary>
public static class DidLoaders
{
    /// <summary>Usernames by user id (owners of DIDs and campaigns).</summary>
    public static BatchLoader<Guid, string> Username(IResolveFieldContext context) =>
        ClientLoaders.Cache(context).GetOrAdd<Guid, string>("user.username", async (ids, ct) =>
        {
            await using var db = await ClientLoaders.Factory(context).CreateDbContextAsync(ct);
            return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Username })
                .ToDictionaryAsync(u => u.Id, u => u.Username, ct);
        });

    /// <summary>DIDs by id, unscoped: callers check ownership.</summary>
    public static BatchLoader<Guid, Did> ById(IResolveFieldContext context) =>
        ClientLoaders.Cache(context).GetOrAdd<Guid, Did>("did.byId", async (ids, ct) =>
        {
            await using var db = await ClientLoaders.Factory(context).CreateDbContextAsync(ct);
            return await db.Dids.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        });
}
