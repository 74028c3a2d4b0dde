using System.Net;

namespace CapConduit.Telephony.Ari;

/// <summary>An ARI request that failed: a non-success status, a timeout or a transport fault.</summary>
public sealed class AriException : Exception
{
    public AriException(string method, string path, HttpStatusCode? statusCode, string? asteriskMessage,
        string message, Exception? inner = null)
        : base(message, inner)
    {
        Method = method;
        Path = path;
        StatusCode = statusCode;
        AsteriskMessage = asteriskMessage;
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>Null when no HTTP reply arrived (timeout, connection refused).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Asterisk's own text: the body's "message" or "error" field.</summary>
    public string? AsteriskMessage { get; }

    /// <summary>
    /// The channel or bridge is gone. Asterisk answers 404 for the resource in the path, but 400
    /// "Channel not found" when addChannel/removeChannel names a gone channel (see ari-traces probes).
    /// </summary>
    public bool IsNotFound =>
        StatusCode == HttpStatusCode.NotFound ||
        (StatusCode == HttpStatusCode.BadRequest &&
         AsteriskMessage?.Contains("not found", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Worth retrying: no reply, a timeout, or a gateway/unavailable status.</summary>
    public bool IsTransient => StatusCode is null or HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
