using System.ComponentModel.DataAnnotations;

namespace CapConduit.Telephony.Ari;

/// <summary>Connection settings for Asterisk's REST Interface (configuration section "Ari").</summary>
public sealed class AriOptions
{
    public const string SectionName = "Ari";

    /// <summary>Asterisk's HTTP server, without the /ari suffix, e.g. http://127.0.0.1:8088.</summary>
    [Required]
    public Uri Url { get; set; } = new("http://127.0.0.1:8088");

    [Required]
    public string User { get; set; } = "";

    [Required]
    public string Password { get; set; } = "";

    /// <summary>The Stasis application name that dialplan Stasis() hands calls to.</summary>
    [Required]
    public string App { get; set; } = "capconduit";

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws naming the setting and its value when the options cannot work.</summary>
    public void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"Ari:Url must be an absolute http(s) URL; it is '{Url}'.");
        if (string.IsNullOrWhiteSpace(User))
            throw new InvalidOperationException("Ari:User must be set; it is empty.");
        if (string.IsNullOrEmpty(Password))
            throw new InvalidOperationException("Ari:Password must be set; it is empty.");
        if (string.IsNullOrWhiteSpace(App))
            throw new InvalidOperationException("Ari:App must be set; it is empty.");
        if (RequestTimeout <= TimeSpan.Zero)
            throw new InvalidOperationException($"Ari:RequestTimeout must be positive; it is '{RequestTimeout}'.");
        if (ReconnectMaxDelay < ReconnectInitialDelay)
            throw new InvalidOperationException(
                $"Ari:ReconnectMaxDelay ('{ReconnectMaxDelay}') must not be below Ari:ReconnectInitialDelay ('{ReconnectInitialDelay}').");
    }

    internal Uri RestBase => new(Url.AbsoluteUri.TrimEnd('/') + "/ari/");

    internal string BasicAuthParameter =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}"));
}
