namespace CapConduit.FakeAsterisk;

/// <summary>What a scripted PJSIP endpoint does when originated to.</summary>
public sealed record EndpointBehavior
{
    public required EndpointOutcome Outcome { get; init; }

    /// <summary>How long it rings before answering (or before refusing).</summary>
    public TimeSpan RingFor { get; init; }

    /// <summary>When set, the callee sends BYE this long after answering.</summary>
    public TimeSpan? HangUpAfterAnswer { get; init; }

    /// <summary>Answers after <paramref name="ringMs"/> ms (SIPp cc_answer).</summary>
    public static EndpointBehavior AnswerAfter(int ringMs = 0) =>
        new() { Outcome = EndpointOutcome.Answer, RingFor = TimeSpan.FromMilliseconds(ringMs) };

    /// <summary>Answers, then the callee hangs up (SIPp cc_bye).</summary>
    public static EndpointBehavior AnswerThenHangUp(TimeSpan talk, int ringMs = 0) =>
        AnswerAfter(ringMs) with { HangUpAfterAnswer = talk };

    /// <summary>486 Busy Here → cause 17 (SIPp cc_busy).</summary>
    public static EndpointBehavior Busy() => new() { Outcome = EndpointOutcome.Busy };

    /// <summary>503 Service Unavailable → cause 34 (SIPp cc_unavail).</summary>
    public static EndpointBehavior Unavailable() => new() { Outcome = EndpointOutcome.Unavailable };

    /// <summary>Rings until the app hangs it up (SIPp cc_noanswer).</summary>
    public static EndpointBehavior RingForever() => new() { Outcome = EndpointOutcome.RingForever };
}

public enum EndpointOutcome
{
    Answer,
    Busy,
    Unavailable,
    RingForever,
}
