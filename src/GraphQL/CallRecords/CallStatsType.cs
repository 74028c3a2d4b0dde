using GraphQL.Types;

namespace CapConduit.Api.CallRecords;

/// <summary>GraphQL type of <see cref="CallStats"/>.</summary>
public sealed class CallStatsType : ObjectGraphType<CallStats>
{
    public CallStatsType()
    {
        Name = "CallStats";
        Description = "Totals over the call records matching a filter.";
        Field(s => s.Total).Description("Number of calls.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DispositionCountType>>>>("byDisposition")
            .Description("Calls per disposition; every disposition is listed, with 0 when none matched.")
            .Resolve(c => c.Source.ByDisposition);
        Field(s => s.Answered).Description("Calls answered by a client.");
        Field(s => s.AnswerRate).Description("answered / total, from 0 to 1; 0 when there were no calls.");
        // Int (32-bit) holds 68 years of talk; the sum itself is computed as bigint.
        Field<NonNullGraphType<IntGraphType>>("totalTalkSeconds").Description("Sum of talk seconds.")
            .Resolve(c => checked((int)c.Source.TotalTalkSeconds));
        Field(s => s.AverageTalkSeconds).Description("Average talk seconds per answered call; 0 when none was answered.");
    }
}

/// <summary>GraphQL type of <see cref="DispositionCount"/>.</summary>
public sealed class DispositionCountType : ObjectGraphType<DispositionCount>
{
    public DispositionCountType()
    {
        Name = "DispositionCount";
        Description = "How many calls ended with one disposition.";
        Field<NonNullGraphType<DispositionType>>("disposition").Description("The disposition.").Resolve(c => c.Source.Disposition);
        Field(d => d.Count).Description("Calls with that disposition.");
    }
}
