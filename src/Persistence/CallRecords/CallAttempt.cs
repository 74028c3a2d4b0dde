namespace CapConduit.Persistence.CallRecords;

/// <summary>One dial of one client during a call.</summary>
public sealed class CallAttempt
{
    public Guid Id { get; set; }
    public Guid CallRecordId { get; set; }
    public int Sequence { get; set; }
    public Guid? ClientId { get; set; }
    public Guid? LinkId { get; set; }
    public string ClientName { get; set; } = "";
    public string Endpoint { get; set; } = "";
    public string? ChannelId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }
    public AttemptResult Result { get; set; }
    public int? HangupCauseCode { get; set; }
    public string? HangupCauseText { get; set; }
}
