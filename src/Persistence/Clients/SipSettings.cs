namespace CapConduit.Persistence.Clients;

/// <summary>
/// A client's SIP configuration as CapConduit presents it (PRODUCT.md §2). It is stored only in Asterisk's
/// realtime rows; <see cref="PjsipRows"/> converts between the two.
/// </summary>
public sealed record SipSettings
{
    public const string DefaultContext = "from-callcenter";

    public string? Transport { get; init; }
    public string Context { get; init; } = DefaultContext;
    public string Allow { get; init; } = "ulaw,alaw";
    public string Disallow { get; init; } = "all";
    public bool DirectMedia { get; init; }
    public string? FromUser { get; init; }
    public string? FromDomain { get; init; }
    public string? CallerId { get; init; }
    public string Contact { get; init; } = "";
    public int MaxContacts { get; init; } = 1;
    public int QualifyFrequency { get; init; } = 60;
    public SipCredentials? Credentials { get; init; }
}

/// <summary>Outbound credentials Asterisk presents to the client; the password is write-only in the API.</summary>
public sealed record SipCredentials(string Username, string Password, string? Realm);
