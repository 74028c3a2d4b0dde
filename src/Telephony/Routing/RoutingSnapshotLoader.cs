using System.Data;
using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Telephony.Routing;

/// <summary>
/// Builds a whole <see cref="RoutingSnapshot"/> from PostgreSQL in three set-based, untracked queries (DIDs with
/// their owner's status; the active campaign of each DID; the links of active campaigns with their client and
/// whether its AOR has a contact), all read in one repeatable-read transaction so the three agree with each other.
/// </summary>
public sealed partial class RoutingSnapshotLoader
{
    private readonly IDbContextFactory<CapConduitDbContext> _contexts;
    private readonly TimeProvider _time;

    public RoutingSnapshotLoader(IDbContextFactory<CapConduitDbContext> contexts, TimeProvider time)
    {
        _contexts = contexts;
        _time = time;
    }

    /// <summary>Loads every DID (what the <see cref="RoutingSnapshotRefresher"/> swaps in).</summary>
    public Task<RoutingSnapshot> LoadAsync(CancellationToken cancellationToken) =>
        LoadAsync(number: null, cancellationToken);

    /// <summary>
    /// Loads a snapshot holding only the DID dialled as <paramref name="dialedNumber"/> (with or without '+'),
    /// or no DID when it is unknown: a fresh, committed view for previews.
    /// </summary>
    public Task<RoutingSnapshot> LoadDidAsync(string dialedNumber, CancellationToken cancellationToken) =>
        LoadAsync(RoutingSnapshot.NormalizeNumber(dialedNumber), cancellationToken);

    private async Task<RoutingSnapshot> LoadAsync(string? number, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        await using var transaction = await db.Database
            .BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

        var dids = await DidRowsAsync(db, number, cancellationToken).ConfigureAwait(false);
        var didIds = number is null ? null : dids.Select(d => d.Id).ToArray();
        var campaigns = await CampaignRowsAsync(db, didIds, cancellationToken).ConfigureAwait(false);
        var campaignIds = number is null ? null : campaigns.Select(c => c.Id).Distinct().ToArray();
        var links = await LinkRowsAsync(db, campaignIds, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        return Assemble(dids, campaigns, links, _time.GetUtcNow());
    }

    private static Task<List<DidRow>> DidRowsAsync(CapConduitDbContext db, string? number, CancellationToken cancellationToken)
    {
        var dids = number is null ? db.Dids : db.Dids.Where(d => d.Number == number);
        return dids
            .Join(db.Users, d => d.OwnerId, u => u.Id, (d, u) => new DidRow(
                d.Id, d.Number, d.Status == DidStatus.Active, d.OwnerId, u.Status == UserStatus.Active))
            .ToListAsync(cancellationToken);
    }

    private static Task<List<CampaignRow>> CampaignRowsAsync(CapConduitDbContext db, Guid[]? didIds, CancellationToken cancellationToken)
    {
        var memberships = didIds is null ? db.CampaignDids : db.CampaignDids.Where(cd => didIds.Contains(cd.DidId));
        return memberships
            .Join(db.Campaigns.Where(c => c.Status == CampaignStatus.Active), cd => cd.CampaignId, c => c.Id, (cd, c) => new CampaignRow(
                cd.DidId, c.Id, c.Name, c.OwnerId, c.RoutingStrategy, c.DialTimeoutSeconds))
            .ToListAsync(cancellationToken);
    }

    private static Task<List<LinkRow>> LinkRowsAsync(CapConduitDbContext db, Guid[]? campaignIds, CancellationToken cancellationToken)
    {
        var links = campaignIds is null
            ? db.CampaignClients.Where(l => db.Campaigns.Any(c => c.Id == l.CampaignId && c.Status == CampaignStatus.Active))
            : db.CampaignClients.Where(l => campaignIds.Contains(l.CampaignId));
        return links
            .Join(db.Clients, l => l.ClientId, c => c.Id, (l, c) => new LinkRow(
                l.CampaignId,
                l.Id,
                c.Id,
                c.Identifier,
                c.Name,
                c.Status == Persistence.Clients.ClientStatus.Active,
                db.PsAors.Any(a => a.Id == c.Identifier && a.Contact != null && a.Contact != ""),
                l.Status == LinkStatus.Active,
                l.Priority,
                l.Weight,
                l.MaxConcurrency,
                l.TotalCallsAllowed,
                l.TotalCallsUsed))
            .ToListAsync(cancellationToken);
    }
}
