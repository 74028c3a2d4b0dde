using CapConduit.Persistence.CallRecords;
using GraphQL.Types;

namespace CapConduit.Api.CallRecords;

/// <summary>
/// GraphQL type of <see cref="CallRecord"/> (PRODUCT.md §6). References are exposed as ids beside the names copied
/// at call time, so a record still reads well after its campaign, DID or client is deleted.
/// </summary>
public sealed class CallRecordType : ObjectGraphType<CallRecord>
{
    public CallRecordType()
    {
        Name = "CallRecord";
        Description = "One inbound call, written once when it ended and never edited.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the record.").Resolve(c => c.Source.Id);
        Field<IdGraphType>("sellerId").Description("The seller owning the DID called; null once deleted or when the DID was unknown.")
            .Resolve(c => c.Source.SellerId);
        Field<IdGraphType>("campaignId").Description("The campaign that routed the call; null when none did or it was deleted.")
            .Resolve(c => c.Source.CampaignId);
        Field<IdGraphType>("didId").Description("The DID called; null when unknown or deleted.").Resolve(c => c.Source.DidId);
        Field<IdGraphType>("clientId").Description("The client that answered or was tried last; null when none or deleted.")
            .Resolve(c => c.Source.ClientId);
        Field<IdGraphType>("linkId").Description("The campaign-client link of that client; null when none or deleted.")
            .Resolve(c => c.Source.LinkId);
        Field(r => r.DidNumber).Description("The number dialed, as E.164 (copied at call time).");
        Field(r => r.CampaignName, nullable: true).Description("Name of the campaign at call time.");
        Field(r => r.ClientName, nullable: true).Description("Name of the client at call time.");
        Field(r => r.CallerNumber, nullable: true).Description("Caller id number presented by the caller.");
        Field(r => r.CallerName, nullable: true).Description("Caller id name presented by the caller.");
        Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Description("When the call entered CapConduit (UTC).")
            .Resolve(c => c.Source.StartedAt.UtcDateTime);
        Field<DateTimeGraphType>("answeredAt").Description("When a client answered (UTC); null when nobody did.")
            .Resolve(c => c.Source.AnsweredAt?.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("endedAt").Description("When the call ended (UTC).")
            .Resolve(c => c.Source.EndedAt.UtcDateTime);
        Field(r => r.DurationSeconds).Description("Seconds from start to end.");
        Field(r => r.TalkSeconds).Description("Seconds from answer to end; 0 when not answered.");
        Field<NonNullGraphType<DispositionType>>("disposition").Description("How the call ended.")
            .Resolve(c => c.Source.Disposition);
        Field<RejectReasonType>("rejectReason").Description("Why routing refused the call; null unless REJECTED.")
            .Resolve(c => c.Source.RejectReason);
        Field<HangupCauseType>("hangupCause").Description("Q.850 cause with which the caller's channel ended, when known.")
            .Resolve(c => HangupCause.From(c.Source.HangupCauseCode, c.Source.HangupCauseText));
        Field(r => r.ChannelId).Description("Asterisk id of the inbound channel (unique per record).");
        Field(r => r.LinkedId, nullable: true).Description("Asterisk linked id tying the call's channels together.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CallAttemptType>>>>("attempts")
            .Description("The clients dialed, in order. Loaded for all records of a response in one query.")
            .Resolve(c => CallRecordLoaders.Attempts(c).Load(c.Source.Id));
    }
}
