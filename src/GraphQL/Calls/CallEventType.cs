using CapConduit.Telephony.LiveEvents;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL object <c>CallEvent</c>: one live call event.</summary>
public sealed class CallEventType : ObjectGraphType<LiveEvent>
{
    public CallEventType()
    {
        Name = "CallEvent";
        Description = "One live call event. Fields not known yet at that point of the call are null (no campaign when the DID is unknown, no client before the first attempt).";
        Field<NonNullGraphType<CallEventKindType>>("type").Description("What happened.").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("callId")
            .Description("The inbound call's id (its Asterisk channel id); the same as the call record's `asteriskChannelId`.")
            .Resolve(ctx => ctx.Source.CallId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Description("When it happened.").Resolve(ctx => ctx.Source.OccurredAt);
        Field<IdGraphType>("sellerId").Description("The seller owning the DID, when known.").Resolve(ctx => ctx.Source.SellerId);
        Field<IdGraphType>("campaignId").Description("The campaign routing the call, when known.").Resolve(ctx => ctx.Source.CampaignId);
        Field<StringGraphType>("campaignName").Description("The campaign's name at the time.").Resolve(ctx => ctx.Source.CampaignName);
        Field<StringGraphType>("didNumber").Description("The dialed number (E.164).").Resolve(ctx => ctx.Source.DidNumber);
        Field<IdGraphType>("clientId").Description("The client dialed or connected, when one is.").Resolve(ctx => ctx.Source.ClientId);
        Field<StringGraphType>("clientName").Description("The client's name at the time.").Resolve(ctx => ctx.Source.ClientName);
        Field<StringGraphType>("outcome")
            .Description("CALL_REJECTED: the reject reason; ATTEMPT_FAILED: the attempt result; CALL_ENDED: the disposition; otherwise null.")
            .Resolve(ctx => ctx.Source.Outcome);
    }
}
