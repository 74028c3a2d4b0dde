using CapConduit.Api.Schema.Relay;
using CapConduit.Persistence;
using CapConduit.Persistence.CallRecords;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.CallRecords;

/// <summary>
/// The SQL behind the call record queries. Pages are keyset queries on (started_at DESC, id DESC), served by the
/// (filter column, started_at, id) indexes, so reading page 1,000 costs what page 1 costs; nothing uses OFFSET.
/// A DbContext per call: GraphQL.NET resolves sibling fields in parallel and a context is not thread-safe.
/// </summary>
public sealed partial class CallRecordStore(IDbContextFactory<CapConduitDbContext> contexts)
{
    /// <summary>Up to <see cref="KeysetPage.Take"/> records after the page's cursor, in the page's direction.</summary>
    public async Task<IReadOnlyList<CallRecord>> PageAsync(CallRecordCriteria criteria, KeysetPage page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Matching(db, criteria);
        if (page.Cursor is { } cursor)
        {
            var (at, id) = CursorKey(cursor);
            query = page.Backward
                ? query.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.StartedAt, r.Id), ValueTuple.Create(at, id)))
                : query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.StartedAt, r.Id), ValueTuple.Create(at, id)));
        }

        query = page.Backward
            ? query.OrderBy(r => r.StartedAt).ThenBy(r => r.Id)
            : query.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id);
        return await query.Take(page.Take).ToListAsync(ct);
    }

    /// <summary>How many records match; only run when a client selects <c>totalCount</c>.</summary>
    public async Task<int> CountAsync(CallRecordCriteria criteria, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Matching(db, criteria).CountAsync(ct);
    }

    /// <summary>One record, or null when it does not exist or lies outside <paramref name="sellerScope"/>.</summary>
    public async Task<CallRecord?> FindAsync(Guid id, Guid? sellerScope, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Set<CallRecord>().AsNoTracking().Where(r => r.Id == id);
        if (sellerScope is { } seller)
            query = query.Where(r => r.SellerId == seller);
        return await query.SingleOrDefaultAsync(ct);
    }

    /// <summary>Attempts of many records in one query; every id asked for gets an entry (empty when it has none).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<CallAttempt>>> AttemptsAsync(
        IReadOnlyCollection<Guid> recordIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = recordIds.ToArray();
        var attempts = await db.Set<CallAttempt>().AsNoTracking()
            .Where(a => ids.Contains(a.CallRecordId))
            .OrderBy(a => a.CallRecordId).ThenBy(a => a.Sequence)
            .ToListAsync(ct);
        var byRecord = attempts.ToLookup(a => a.CallRecordId);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<CallAttempt>)[.. byRecord[id]]);
    }

    private static IQueryable<CallRecord> Matching(CapConduitDbContext db, CallRecordCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var query = db.Set<CallRecord>().AsNoTracking();
        if (criteria.SellerId is { } seller)
            query = query.Where(r => r.SellerId == seller);
        if (criteria.From is { } from)
            query = query.Where(r => r.StartedAt >= from);
        if (criteria.To is { } to)
            query = query.Where(r => r.StartedAt < to);
        if (criteria.CampaignId is { } campaign)
            query = query.Where(r => r.CampaignId == campaign);
        if (criteria.DidId is { } did)
            query = query.Where(r => r.DidId == did);
        if (criteria.ClientId is { } client)
            query = query.Where(r => r.ClientId == client);
        if (criteria.Dispositions is { } dispositions)
        {
            query = dispositions.Count == 1
                ? query.Where(r => r.Disposition == dispositions[0])
                : query.Where(r => dispositions.Contains(r.Disposition));
        }

        if (criteria.CallerNumber is { } number)
            query = query.Where(r => r.CallerNumber == number);
        if (criteria.CallerNumberPrefix is { } prefix)
            query = query.Where(r => r.CallerNumber!.StartsWith(prefix));
        return query;
    }

    private static (DateTimeOffset At, Guid Id) CursorKey(KeysetCursor cursor) =>
        cursor.Timestamp is { } at && Guid.TryParse(cursor.Id, out var id)
            ? (at, id)
            : throw new Schema.Errors.ApiBadInputException("The cursor does not belong to callRecords.");
}
