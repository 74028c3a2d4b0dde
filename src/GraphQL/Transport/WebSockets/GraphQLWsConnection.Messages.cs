using System.Text.Json;

namespace CapConduit.Api.Transport.WebSockets;

public sealed partial class GraphQLWsConnection
{
    private async Task HandleFrameAsync(byte[] frame)
    {
        var message = GraphQLWsMessage.Parse(frame, out var error);
        if (message is null)
        {
            Close(GraphQLWsCloseCodes.InvalidMessage, error!);
            return;
        }

        switch (message.Type)
        {
            case GraphQLWsMessageType.ConnectionInit:
                await HandleInitAsync(message.Payload);
                break;
            case GraphQLWsMessageType.Ping:
                Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Pong));
                break;
            case GraphQLWsMessageType.Pong:
                break;
            case GraphQLWsMessageType.Subscribe when !_acknowledged:
                Close(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
                break;
            case GraphQLWsMessageType.Subscribe:
                StartOperation(message.Id!, message.Payload!.Value);
                break;
            case GraphQLWsMessageType.Complete:
                _subscriptions.Remove(message.Id!);
                break;
        }
    }

    private async Task HandleInitAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            Close(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var principal = await _services.Authentication.Authenticate(_httpContext, payload, _lifetimeCts.Token);
        if (principal is null)
        {
            GraphQLWsLog.InitRefused(_services.Logger, null, "authenticator refused");
            Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        var subject = GraphQLWsConnectionRegistry.SubjectOf(principal);
        if (subject is not null && !_services.Registry.TryAcquire(subject, this, _services.Options.MaxConnectionsPerUser))
        {
            GraphQLWsLog.InitRefused(_services.Logger, subject, "too many connections");
            Close(GraphQLWsCloseCodes.TooManyConnections, "Too many connections for this user");
            return;
        }

        _subject = subject;
        Principal = principal;
        if (IsExpired(principal))
        {
            Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        _acknowledged = true;
        _initialised.TrySetResult();
        Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.ConnectionAck));
    }
}
