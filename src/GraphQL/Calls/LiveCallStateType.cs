using CapConduit.Telephony.LiveEvents;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL enum <c>LiveCallState</c>.</summary>
public sealed class LiveCallStateType : EnumerationGraphType<LiveCallState>
{
    public LiveCallStateType()
    {
        Name = "LiveCallState";
        Description = "Where a call in progress stands.";
        Values["ROUTING"]!.Description = "Entered CapConduit; choosing a client, or between attempts (no client rings).";
        Values["RINGING"]!.Description = "`client` is being dialed.";
        Values["CONNECTED"]!.Description = "Answered by `client` and bridged since `connectedAt`.";
    }
}
