namespace CapConduit.Persistence.AsteriskRealtime;

/// <summary>A row of Asterisk's PJSIP realtime table <c>ps_auths</c> (Asterisk 22).</summary>
public sealed class PsAuth
{
    public string Id { get; set; } = "";
    public PjsipAuthType? AuthType { get; set; }
    public int? NonceLifetime { get; set; }
    public string? Md5Cred { get; set; }
    public string? Password { get; set; }
    public string? Realm { get; set; }
    public string? Username { get; set; }
    public string? RefreshToken { get; set; }
    public string? OauthClientid { get; set; }
    public string? OauthSecret { get; set; }
    public string? PasswordDigest { get; set; }
    public string? SupportedAlgorithmsUas { get; set; }
    public string? SupportedAlgorithmsUac { get; set; }
}
