namespace CapConduit.Telephony.Calls;

/// <summary>The life of one inbound call (explicit, in the spirit of wazo-calld's calls/state.py).</summary>
public enum CallState
{
    /// <summary>Created by the dispatcher; its StasisStart is not handled yet.</summary>
    New,

    /// <summary>The caller hears ringing while a client leg is dialled.</summary>
    Dialing,

    /// <summary>A client answered; both legs share the mixing bridge.</summary>
    Bridged,

    /// <summary>Hang-ups were requested; waiting for the channels to go.</summary>
    Ending,

    /// <summary>Everything is gone, slots freed, record enqueued.</summary>
    Ended,
}

/// <summary>The transitions a call may take; anything else is a bug and is refused loudly.</summary>
public static class CallStateTransitions
{
    public static bool IsAllowed(CallState from, CallState to) => (from, to) switch
    {
        (CallState.New, CallState.Dialing or CallState.Ending or CallState.Ended) => true,
        (CallState.Dialing, CallState.Dialing or CallState.Bridged or CallState.Ending or CallState.Ended) => true,
        (CallState.Bridged, CallState.Ending or CallState.Ended) => true,
        (CallState.Ending, CallState.Ended) => true,
        _ => false,
    };
}
