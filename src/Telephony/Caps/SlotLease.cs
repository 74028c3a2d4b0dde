namespace CapConduit.Telephony.Caps;

/// <summary>A slot held by one call on one link until <see cref="ExpiresAt"/> unless renewed.</summary>
public sealed record SlotLease(Guid LinkId, string CallId, DateTimeOffset ExpiresAt);
