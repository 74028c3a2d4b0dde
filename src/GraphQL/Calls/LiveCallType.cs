using CapConduit.Telephony.LiveEvents;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL object <c>LiveCall</c>: one call in progress.</summary>
public sealed class LiveCallType : ObjectGraphType<LiveCall>
{
    public LiveCallType()
    {
        Name = "LiveCall";
        Description = "A call in progress now, as its live events left it (shared by every instance through Redis).";
        Field<NonNullGraphType<StringGraphType>>("callId").Description("The inbound call's id (its Asterisk channel id).").Resolve(ctx => ctx.Source.CallId);
        Field<NonNullGraphType<LiveCallStateType>>("state").Description("Routing, ringing a client, or connected.").Resolve(ctx => ctx.Source.State);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Description("When the call entered CapConduit.").Resolve(ctx => ctx.Source.StartedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("Time of the call's latest event.").Resolve(ctx => ctx.Source.UpdatedAt);
        Field<DateTimeOffsetGraphType>("connectedAt").Description("When a client answered; null unless CONNECTED.").Resolve(ctx => ctx.Source.ConnectedAt);
        Field<IdGraphType>("sellerId").Description("The seller owning the DID, when known.").Resolve(ctx => ctx.Source.SellerId);
        Field<IdGraphType>("campaignId").Description("The campaign routing the call, when known.").Resolve(ctx => ctx.Source.CampaignId);
        Field<StringGraphType>("campaignName").Description("The campaign's name.").Resolve(ctx => ctx.Source.CampaignName);
        Field<StringGraphType>("didNumber").Description("The dialed number (E.164).").Resolve(ctx => ctx.Source.DidNumber);
        Field<IdGraphType>("clientId").Description("The client ringing (RINGING) or connected (CONNECTED); null while ROUTING.").Resolve(ctx => ctx.Source.ClientId);
        Field<StringGraphType>("clientName").Description("That client's name.").Resolve(ctx => ctx.Source.ClientName);
    }
}
