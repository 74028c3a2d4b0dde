namespace CapConduit.Api.Transport.WebSockets;

/// <summary>Accepts graphql-transport-ws upgrades and runs one <see cref="GraphQLWsConnection"/> per socket.</summary>
public sealed class GraphQLWsEndpoint(IServiceProvider services, IHostApplicationLifetime lifetime)
{
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsMessageType.SubProtocol))
        {
            // The protocol says 4406 for an unacceptable subprotocol; that needs an accepted socket.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)GraphQLWsCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable",
                context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLWsMessageType.SubProtocol);
        var connection = new GraphQLWsConnection(socket, context, services.GetRequiredService<GraphQLWsServices>());
        await connection.RunAsync(lifetime.ApplicationStopping);
    }
}
