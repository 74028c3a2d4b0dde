namespace CapConduit.Telephony.Ari;

/// <summary>Parameters of POST /channels. App defaults to <see cref="AriOptions.App"/>.</summary>
public sealed record OriginateRequest(string Endpoint)
{
    public string? App { get; init; }

    /// <summary>Comma-separated; arrives as StasisStart.args split on commas.</summary>
    public string? AppArgs { get; init; }

    public string? CallerId { get; init; }

    /// <summary>Asterisk's own ring timeout in seconds (its default is 30).</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>Our chosen id, so events can be matched before the 200 arrives.</summary>
    public string? ChannelId { get; init; }
}
