using CapConduit.Persistence.CallRecords;
using GraphQL.Types;

namespace CapConduit.Api.CallRecords;

/// <summary>GraphQL type of <see cref="CallAttempt"/>: one dial of one client during a call.</summary>
public sealed class CallAttemptType : ObjectGraphType<CallAttempt>
{
    public CallAttemptType()
    {
        Name = "CallAttempt";
        Description = "One dial of one client during a call, in the order they were tried.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the attempt.").Resolve(c => c.Source.Id);
        Field(a => a.Sequence).Description("1 for the first client dialed, 2 for the next, and so on.");
        Field<IdGraphType>("clientId").Description("The client dialed; null once the client was deleted.")
            .Resolve(c => c.Source.ClientId);
        Field<IdGraphType>("linkId").Description("The campaign-client link used; null once the link was deleted.")
            .Resolve(c => c.Source.LinkId);
        Field(a => a.ClientName).Description("Name of the client when it was dialed (kept after deletion).");
        Field(a => a.Endpoint).Description("PJSIP endpoint dialed.");
        Field(a => a.ChannelId, nullable: true).Description("Asterisk id of the outbound channel, when one was created.");
        Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Description("When the dial started (UTC).")
            .Resolve(c => c.Source.StartedAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("endedAt").Description("When the attempt ended (UTC).")
            .Resolve(c => c.Source.EndedAt.UtcDateTime);
        Field<NonNullGraphType<AttemptResultType>>("result").Description("How the attempt ended.")
            .Resolve(c => c.Source.Result);
        Field<HangupCauseType>("hangupCause").Description("Q.850 cause of the client leg, when known.")
            .Resolve(c => HangupCause.From(c.Source.HangupCauseCode, c.Source.HangupCauseText));
    }
}
