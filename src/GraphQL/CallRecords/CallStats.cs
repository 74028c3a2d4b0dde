using CapConduit.Persistence.CallRecords;

namespace CapConduit.Api.CallRecords;

/// <summary>Counts of one disposition.</summary>
public sealed record DispositionCount(Disposition Disposition, int Count);

/// <summary>Totals over the call records matching a filter.</summary>
public sealed record CallStats(IReadOnlyList<DispositionCount> ByDisposition, long TotalTalkSeconds)
{
    public int Total => ByDisposition.Sum(d => d.Count);

    public int Answered => ByDisposition.Where(d => d.Disposition == Disposition.Answered).Sum(d => d.Count);

    /// <summary>Answered calls over all calls, 0 when there were none.</summary>
    public double AnswerRate => Total == 0 ? 0 : (double)Answered / Total;

    /// <summary>Talk seconds per answered call (only answered calls talk), 0 when none was answered.</summary>
    public double AverageTalkSeconds => Answered == 0 ? 0 : (double)TotalTalkSeconds / Answered;

    /// <summary>Builds the stats from per-disposition rows, listing every disposition (zero when absent) in enum order.</summary>
    public static CallStats From(IEnumerable<(Disposition Disposition, int Count, long TalkSeconds)> rows)
    {
        var list = rows.ToList();
        var counts = Enum.GetValues<Disposition>()
            .Select(d => new DispositionCount(d, list.Where(r => r.Disposition == d).Sum(r => r.Count)))
            .ToList();
        return new CallStats(counts, list.Sum(r => r.TalkSeconds));
    }
}
