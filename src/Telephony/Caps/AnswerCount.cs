namespace CapConduit.Telephony.Caps;

/// <summary>Result of counting an answer: whether this call counted now, and the link's used total after it.</summary>
public sealed record AnswerCount(bool CountedNow, long TotalUsed);
