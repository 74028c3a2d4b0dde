using CapConduit.Telephony.Ari;

namespace CapConduit.Telephony.Calls;

/// <summary>
/// Judges an unanswered leg from its final hangup cause and our own dial timer, never from a single Dial
/// event (a Dial(NOANSWER) also follows our own cancel). Causes are Q.850 (ITU-T Q.850 table 1).
/// </summary>
public static class OutcomeClassifier
{
    /// <param name="cause">ChannelDestroyed's cause.</param>
    /// <param name="dialTimerFired">Our dial timer cut the leg (we sent DELETE ?reason=no_answer).</param>
    /// <param name="callerGone">The caller hung up while the leg rang (we cancelled it).</param>
    public static AttemptOutcome Classify(int cause, bool dialTimerFired, bool callerGone)
    {
        if (callerGone)
            return AttemptOutcome.Abandoned;
        if (dialTimerFired)
            return AttemptOutcome.NoAnswer;
        if (HangupCause.IsBusy(cause))
            return AttemptOutcome.Busy;
        if (HangupCause.IsNoAnswer(cause))
            return AttemptOutcome.NoAnswer;
        // 34/38/27/21/41/42/1/127 and anything unexpected (even 16 without our cancel): the client could not take it.
        return AttemptOutcome.Failed;
    }
}
