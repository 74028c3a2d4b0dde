namespace CapConduit.Telephony.LiveEvents;

/// <summary>
/// One live call event as published to every API instance. Fields not known yet at that point of the
/// call are null (no campaign on a DID_NOT_FOUND rejection, no client before the first attempt).
/// </summary>
/// <param name="CallId">The inbound call's id (its Asterisk channel id).</param>
/// <param name="Outcome">Reject reason, attempt result, disposition or hangup cause, depending on <paramref name="Type"/>.</param>
public sealed record LiveEvent(
    LiveEventType Type,
    string CallId,
    DateTimeOffset OccurredAt,
    Guid? SellerId,
    Guid? CampaignId,
    string? CampaignName,
    string? DidNumber,
    Guid? ClientId,
    string? ClientName,
    string? Outcome);
