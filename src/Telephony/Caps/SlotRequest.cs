namespace CapConduit.Telephony.Caps;

/// <summary>
/// What a slot on a link needs: the link's limits and the database's used count, which seeds
/// Redis when it has no counter for the link yet.
/// </summary>
public sealed record SlotRequest(Guid LinkId, string CallId, int MaxConcurrency, long? TotalCallsAllowed, long TotalCallsUsed);
