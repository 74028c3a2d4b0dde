using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL object <c>LiveCalls</c>.</summary>
public sealed class LiveCallsSnapshotType : ObjectGraphType<LiveCallsSnapshot>
{
    public LiveCallsSnapshotType()
    {
        Name = "LiveCalls";
        Description = "What is happening now: calls in progress and each link's load against its caps. Subscribe to `callEvents` for changes.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("readAt").Description("When this was read.").Resolve(ctx => ctx.Source.ReadAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LiveCallType>>>>("calls")
            .Description("Calls in progress, oldest first.").Resolve(ctx => ctx.Source.Calls);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LiveLinkCapacityType>>>>("links")
            .Description("Every visible campaign-client link with its live load, by campaign name then priority.").Resolve(ctx => ctx.Source.Links);
    }
}
