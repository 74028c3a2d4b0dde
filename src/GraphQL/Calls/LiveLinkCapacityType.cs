using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL object <c>LiveLinkCapacity</c>.</summary>
public sealed class LiveLinkCapacityType : ObjectGraphType<LiveLinkCapacity>
{
    public LiveLinkCapacityType()
    {
        Name = "LiveLinkCapacity";
        Description = "A campaign-client link's load right now, read from the Redis cap counters routing enforces.";
        Field<NonNullGraphType<IdGraphType>>("linkId").Description("The link's id.").Resolve(ctx => ctx.Source.LinkId);
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("The link's campaign.").Resolve(ctx => ctx.Source.CampaignId);
        Field<NonNullGraphType<StringGraphType>>("campaignName").Description("The campaign's name.").Resolve(ctx => ctx.Source.CampaignName);
        Field<NonNullGraphType<IdGraphType>>("clientId").Description("The link's client.").Resolve(ctx => ctx.Source.ClientId);
        Field<NonNullGraphType<StringGraphType>>("clientName").Description("The client's name.").Resolve(ctx => ctx.Source.ClientName);
        Field<NonNullGraphType<StringGraphType>>("status").Description("The link's status (ACTIVE or INACTIVE).").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("liveCalls").Description("Calls holding a slot on the link now (ringing or connected); compare with `maxConcurrency`.").Resolve(ctx => ctx.Source.LiveCalls);
        Field<NonNullGraphType<IntGraphType>>("pendingCalls").Description("Slots reserved by calls not answered yet; they count toward the total cap until they end.").Resolve(ctx => ctx.Source.PendingCalls);
        Field<NonNullGraphType<IntGraphType>>("maxConcurrency").Description("The link's concurrency cap.").Resolve(ctx => ctx.Source.MaxConcurrency);
        Field<NonNullGraphType<IntGraphType>>("totalCallsUsed").Description("Answered calls counted against the total cap (the Redis counter; the database value when Redis has none yet).").Resolve(ctx => (int)Math.Min(ctx.Source.TotalCallsUsed, int.MaxValue));
        Field<IntGraphType>("totalCallsAllowed").Description("The link's total cap; null means unlimited.").Resolve(ctx => ctx.Source.TotalCallsAllowed);
    }
}
