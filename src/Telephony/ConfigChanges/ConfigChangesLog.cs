using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.ConfigChanges;

internal static partial class ConfigChangesLog
{
    [LoggerMessage(EventId = 3400, Level = LogLevel.Warning, Message = "Ignored a malformed config change notice")]
    public static partial void Malformed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Error, Message = "Handling config change notice for {Area} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string area);
}
