namespace CapConduit.Persistence.AsteriskRealtime;

/// <summary>A row of Asterisk's PJSIP realtime table <c>ps_aors</c> (Asterisk 22).</summary>
public sealed class PsAor
{
    public string Id { get; set; } = "";
    public string? Contact { get; set; }
    public int? DefaultExpiration { get; set; }
    public string? Mailboxes { get; set; }
    public int? MaxContacts { get; set; }
    public int? MinimumExpiration { get; set; }
    public AstBool? RemoveExisting { get; set; }
    public int? QualifyFrequency { get; set; }
    public AstBool? AuthenticateQualify { get; set; }
    public int? MaximumExpiration { get; set; }
    public string? OutboundProxy { get; set; }
    public AstBool? SupportPath { get; set; }
    public double? QualifyTimeout { get; set; }
    public string? VoicemailExtension { get; set; }
    public AstBool? RemoveUnavailable { get; set; }
    public AstBool? Qualify2xxOnly { get; set; }
}
