namespace CapConduit.Telephony.CallRecords;

/// <summary>
/// A finished call as it travels through the durable queue (a Redis stream) to PostgreSQL. Enum-like
/// fields carry the stored SCREAMING_SNAKE text (Persistence's EnumText), so the writer stores them as is.
/// </summary>
/// <param name="ChannelId">The inbound Asterisk channel id: the idempotency key of the record.</param>
public sealed record CallRecordMessage(
    Guid Id,
    string ChannelId,
    string? LinkedId,
    Guid? SellerId,
    Guid? CampaignId,
    Guid? DidId,
    Guid? ClientId,
    Guid? LinkId,
    string DidNumber,
    string? CampaignName,
    string? ClientName,
    string? CallerNumber,
    string? CallerName,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset EndedAt,
    string Disposition,
    string? RejectReason,
    int? HangupCauseCode,
    string? HangupCauseText,
    IReadOnlyList<CallAttemptMessage> Attempts)
{
    public int DurationSeconds => Seconds(EndedAt - StartedAt);

    public int TalkSeconds => AnsweredAt is { } answered ? Seconds(EndedAt - answered) : 0;

    /// <summary>Whether this record counts one call against its link's total (PRODUCT §5.5).</summary>
    public bool CountsAgainstLink => AnsweredAt is not null && LinkId is not null;

    private static int Seconds(TimeSpan span) => span <= TimeSpan.Zero ? 0 : (int)Math.Round(span.TotalSeconds);
}

/// <summary>One attempt of a <see cref="CallRecordMessage"/>.</summary>
public sealed record CallAttemptMessage(
    Guid Id,
    int Sequence,
    Guid? ClientId,
    Guid? LinkId,
    string ClientName,
    string Endpoint,
    string? ChannelId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    string Result,
    int? HangupCauseCode,
    string? HangupCauseText);
