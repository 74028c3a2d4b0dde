using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.CallRecords;

public sealed partial class CallRecordStore
{
    /// <summary>One aggregate query (GROUP BY disposition) over the records matching <paramref name="criteria"/>.</summary>
    public async Task<CallStats> StatsAsync(CallRecordCriteria criteria, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Matching(db, criteria)
            .GroupBy(r => r.Disposition)
            .Select(g => new { Disposition = g.Key, Count = g.Count(), Talk = g.Sum(r => (long)r.TalkSeconds) })
            .ToListAsync(ct);
        return CallStats.From(rows.Select(r => (r.Disposition, r.Count, r.Talk)));
    }
}
