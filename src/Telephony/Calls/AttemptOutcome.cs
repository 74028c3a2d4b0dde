namespace CapConduit.Telephony.Calls;

/// <summary>How one dial of one client ended.</summary>
public enum AttemptOutcome
{
    Answered,
    Busy,
    NoAnswer,
    Failed,

    /// <summary>The caller hung up while this client was ringing.</summary>
    Abandoned,
}
