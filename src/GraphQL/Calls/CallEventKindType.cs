using CapConduit.Telephony.LiveEvents;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL enum <c>CallEventType</c>: the live call events of PRODUCT.md §7.</summary>
public sealed class CallEventKindType : EnumerationGraphType<LiveEventType>
{
    public CallEventKindType()
    {
        Name = "CallEventType";
        Description = "What happened to a call.";
        Values["CALL_STARTED"]!.Description = "An inbound call entered CapConduit; routing starts.";
        Values["CALL_REJECTED"]!.Description = "The call was refused before any client rang; `outcome` is the reject reason (e.g. NO_ELIGIBLE_CLIENT).";
        Values["ATTEMPT_STARTED"]!.Description = "A client's endpoint is being dialed.";
        Values["ATTEMPT_FAILED"]!.Description = "The client did not take the call; `outcome` is the attempt result (BUSY, NO_ANSWER, FAILED, …). Routing tries the next link.";
        Values["CALL_ANSWERED"]!.Description = "A client answered and the caller is bridged to it.";
        Values["CALL_ENDED"]!.Description = "The call is over; `outcome` is its disposition.";
    }
}
