namespace CapConduit.Persistence.CallRecords;

/// <summary>
/// One inbound call, written once and never edited (PRODUCT.md §6). References are nullable and the names are
/// copied so a record outlives the deletion of what it points at.
/// </summary>
public sealed class CallRecord
{
    public Guid Id { get; set; }
    public Guid? SellerId { get; set; }
    public Guid? CampaignId { get; set; }
    public Guid? DidId { get; set; }
    public Guid? ClientId { get; set; }
    public Guid? LinkId { get; set; }
    public string DidNumber { get; set; } = "";
    public string? CampaignName { get; set; }
    public string? ClientName { get; set; }
    public string? CallerNumber { get; set; }
    public string? CallerName { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }
    public int DurationSeconds { get; set; }
    public int TalkSeconds { get; set; }
    public Disposition Disposition { get; set; }
    public RejectReason? RejectReason { get; set; }
    public int? HangupCauseCode { get; set; }
    public string? HangupCauseText { get; set; }

    /// <summary>Asterisk's id of the inbound channel; unique, so a record replayed from the queue is written once.</summary>
    public string ChannelId { get; set; } = "";

    public string? LinkedId { get; set; }
    public List<CallAttempt> Attempts { get; set; } = [];
}
