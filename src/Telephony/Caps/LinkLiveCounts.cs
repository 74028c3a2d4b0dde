namespace CapConduit.Telephony.Caps;

/// <summary>
/// A link's state in Redis: live calls (answered or ringing), reservations not yet answered, and the
/// answered count (null when Redis has no counter yet and the database value applies).
/// </summary>
public sealed record LinkLiveCounts(int Live, int Pending, long? TotalUsed);
