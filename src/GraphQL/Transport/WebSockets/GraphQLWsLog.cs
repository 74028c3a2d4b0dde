namespace CapConduit.Api.Transport.WebSockets;

internal static partial class GraphQLWsLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Closing GraphQL WebSocket with {Code} '{Reason}' (subject {Subject})")]
    public static partial void Closing(ILogger logger, int code, string reason, string? subject);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Closing slow GraphQL WebSocket consumer (subject {Subject}): more than {Capacity} messages queued")]
    public static partial void SlowConsumer(ILogger logger, string? subject, int capacity);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "GraphQL WebSocket connection_init refused (subject {Subject}): {Reason}")]
    public static partial void InitRefused(ILogger logger, string? subject, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "GraphQL WebSocket operation {Id} failed")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string id);
}
