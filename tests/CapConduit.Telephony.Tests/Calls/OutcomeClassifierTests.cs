using CapConduit.Telephony.Calls;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class OutcomeClassifierTests
{
    [Theory]
    [InlineData(17, AttemptOutcome.Busy)]
    [InlineData(19, AttemptOutcome.NoAnswer)]
    [InlineData(18, AttemptOutcome.NoAnswer)]
    [InlineData(34, AttemptOutcome.Failed)]
    [InlineData(38, AttemptOutcome.Failed)]
    [InlineData(27, AttemptOutcome.Failed)]
    [InlineData(21, AttemptOutcome.Failed)]
    [InlineData(16, AttemptOutcome.Failed)]
    public void Final_cause_decides_when_neither_our_timer_nor_the_caller_ended_the_leg(int cause, AttemptOutcome expected) =>
        Assert.Equal(expected, OutcomeClassifier.Classify(cause, dialTimerFired: false, callerGone: false));

    [Fact]
    public void Our_own_dial_timer_makes_it_no_answer_whatever_cause_follows_the_cancel() =>
        Assert.Equal(AttemptOutcome.NoAnswer, OutcomeClassifier.Classify(16, dialTimerFired: true, callerGone: false));

    [Fact]
    public void A_leg_cancelled_because_the_caller_left_is_abandoned() =>
        Assert.Equal(AttemptOutcome.Abandoned, OutcomeClassifier.Classify(16, dialTimerFired: false, callerGone: true));
}
