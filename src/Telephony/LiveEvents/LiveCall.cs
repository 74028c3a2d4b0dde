namespace CapConduit.Telephony.LiveEvents;

/// <summary>
/// One call in progress on the live call board: the fold of its live events so far. <see cref="UpdatedAt"/> is the
/// time of the last event; readers treat entries not updated for <see cref="LiveEventsOptions.LiveCallMaxAge"/> as
/// leftovers of a crashed instance.
/// </summary>
public sealed record LiveCall(
    string CallId,
    LiveCallState State,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    Guid? SellerId,
    Guid? CampaignId,
    string? CampaignName,
    string? DidNumber,
    Guid? ClientId,
    string? ClientName,
    DateTimeOffset? ConnectedAt)
{
    /// <summary>
    /// The call after <paramref name="liveEvent"/>, or null when the event ends it (CALL_ENDED, CALL_REJECTED).
    /// <paramref name="previous"/> is null for a call the board does not know yet (e.g. its CALL_STARTED was lost).
    /// </summary>
    public static LiveCall? Apply(LiveCall? previous, LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        if (liveEvent.Type is LiveEventType.CallEnded or LiveEventType.CallRejected)
            return null;

        var call = previous ?? new LiveCall(liveEvent.CallId, LiveCallState.Routing, liveEvent.OccurredAt,
            liveEvent.OccurredAt, null, null, null, null, null, null, null);
        call = call with
        {
            UpdatedAt = liveEvent.OccurredAt,
            SellerId = liveEvent.SellerId ?? call.SellerId,
            CampaignId = liveEvent.CampaignId ?? call.CampaignId,
            CampaignName = liveEvent.CampaignName ?? call.CampaignName,
            DidNumber = liveEvent.DidNumber ?? call.DidNumber,
        };
        return liveEvent.Type switch
        {
            LiveEventType.AttemptStarted => call with
            {
                State = LiveCallState.Ringing,
                ClientId = liveEvent.ClientId,
                ClientName = liveEvent.ClientName,
            },
            LiveEventType.AttemptFailed => call with { State = LiveCallState.Routing, ClientId = null, ClientName = null },
            LiveEventType.CallAnswered => call with
            {
                State = LiveCallState.Connected,
                ClientId = liveEvent.ClientId ?? call.ClientId,
                ClientName = liveEvent.ClientName ?? call.ClientName,
                ConnectedAt = liveEvent.OccurredAt,
            },
            _ => call,
        };
    }
}
