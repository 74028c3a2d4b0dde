using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.CallRecords;

/// <summary>The <c>callRecords</c>, <c>callRecord</c> and <c>callStats</c> query fields.</summary>
public static class CallRecordQueries
{
    public static QueryType AddCallRecordQueries(this QueryType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<CallRecordConnectionType>>("callRecords")
            .Description("Call records, newest first (by startedAt, then id). Sellers see only their own.")
            .Argument<CallRecordFilterInputType>("filter", "Which records to list; omit for all the viewer may see.")
            .Argument<IntGraphType>("first", $"Page size going forward (default 20, at most {PageSizeLimitRule.DefaultMaxPageSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last record seen (endCursor) to read the next page.")
            .Argument<IntGraphType>("last", $"Page size going backward (at most {PageSizeLimitRule.DefaultMaxPageSize}).")
            .Argument<StringGraphType>("before", "Cursor of the first record seen (startCursor) to read the page before it.")
            .ResolveAsync(async c => await ListAsync(c));

        query.Field<CallRecordType>("callRecord")
            .Description("One call record by id; null when it does not exist or the viewer may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the record.")
            .ResolveAsync(async c =>
            {
                var viewer = c.RequireViewer();
                return await Store(c).FindAsync(c.GetArgument<Guid>("id"), viewer.SellerScope, c.CancellationToken);
            });

        query.Field<NonNullGraphType<CallStatsType>>("callStats")
            .Description("Totals per disposition, answer rate and talk time over the records matching the filter.")
            .Argument<CallRecordFilterInputType>("filter", "Which records to count; the same filter as callRecords.")
            .ResolveAsync(async c =>
            {
                var criteria = CallRecordCriteriaBuilder.Build(c.RequireViewer(), c.GetArgument<CallRecordFilter?>("filter"));
                return await Store(c).StatsAsync(criteria, c.CancellationToken);
            });
        return query;
    }

    private static async Task<CallRecordConnection> ListAsync(IResolveFieldContext context)
    {
        var criteria = CallRecordCriteriaBuilder.Build(context.RequireViewer(), context.GetArgument<CallRecordFilter?>("filter"));
        var page = ReadPage(context);
        var store = Store(context);
        var rows = await store.PageAsync(criteria, page, context.CancellationToken);
        var connection = page.ToConnection(rows, r => KeysetCursor.FromTimestamp(r.StartedAt, r.Id.ToString()));
        return new CallRecordConnection(connection, ct => store.CountAsync(criteria, ct));
    }

    private static KeysetPage ReadPage(IResolveFieldContext context)
    {
        int? first = context.GetArgument<int?>("first");
        int? last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        var backward = last is not null || before is not null;
        if (backward && (first is not null || after is not null))
            throw new ApiBadInputException("Use either first/after or last/before, not both.");
        var size = (backward ? last : first) ?? 20;
        if (size < 0)
            throw new ApiBadInputException($"The page size must not be negative; it is {size}.");
        return new KeysetPage(Math.Min(size, PageSizeLimitRule.DefaultMaxPageSize),
            KeysetCursor.DecodeOrNull(backward ? before : after), backward);
    }

    private static CallRecordStore Store(IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL execution has no RequestServices."))
            .GetRequiredService<CallRecordStore>();
}
