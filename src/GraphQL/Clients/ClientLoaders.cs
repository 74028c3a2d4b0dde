using CapConduit.Api.DataLoading;
using CapConduit.Persistence;
using CapConduit.Persistence.Clients;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Clients;

/// <summary>Batch loaders for clients: one SQL statement per kind of row per execution level.</summary>
public static class ClientLoaders
{
    /// <summary>SIP settings by client identifier (three queries per batch: endpoints, AORs, auths).</summary>
    public static BatchLoader<string, SipSettings> Sip(IResolveFieldContext context) =>
        Cache(context).GetOrAdd<string, SipSettings>("client.sip", async (ids, ct) =>
        {
            await using var db = await Factory(context).CreateDbContextAsync(ct);
            var endpoints = await db.PsEndpoints.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct);
            var aors = await db.PsAors.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            var auths = await db.PsAuths.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            return endpoints.ToDictionary(e => e.Id, e => PjsipRows.FromRows(e, aors.GetValueOrDefault(e.Id), auths.GetValueOrDefault(e.Id)));
        });

    /// <summary>Clients by id.</summary>
    public static BatchLoader<Guid, Client> ById(IResolveFieldContext context) =>
        Cache(context).GetOrAdd<Guid, Client>("client.byId", async (ids, ct) =>
        {
            await using var db = await Factory(context).CreateDbContextAsync(ct);
            return await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        });

    internal static RequestLoaderCache Cache(IResolveFieldContext context) => RequestLoaderCache.Of(context);

    internal static IDbContextFactory<CapConduitDbContext> Factory(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<CapConduitDbContext>>();
}
