using System.Net;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Ari;

internal static partial class AriLog
{
    [LoggerMessage(1001, LogLevel.Debug, "ARI {Method} {Path} -> {Status}")]
    public static partial void RequestCompleted(ILogger logger, string method, string path, HttpStatusCode status);

    [LoggerMessage(1002, LogLevel.Warning, "ARI {Method} {Path} failed: {Status} {AsteriskMessage}")]
    public static partial void RequestFailed(ILogger logger, string method, string path, HttpStatusCode? status,
        string? asteriskMessage);

    [LoggerMessage(1010, LogLevel.Information, "ARI event stream connected to {Url} (reconnects so far: {Reconnects})")]
    public static partial void StreamConnected(ILogger logger, Uri url, int reconnects);

    [LoggerMessage(1011, LogLevel.Warning, "ARI event stream disconnected; retrying in {Delay}")]
    public static partial void StreamDisconnected(ILogger logger, TimeSpan delay, Exception? error);

    [LoggerMessage(1012, LogLevel.Error, "ARI event could not be decoded: {Json}")]
    public static partial void UndecodableEvent(ILogger logger, string json, Exception error);

    [LoggerMessage(1013, LogLevel.Error, "A Connected/Disconnected handler threw")]
    public static partial void HandlerFailed(ILogger logger, Exception error);

    [LoggerMessage(1014, LogLevel.Error, "The event sink threw for a {Type} event; the event is lost")]
    public static partial void SinkFailed(ILogger logger, string type, Exception error);
}
