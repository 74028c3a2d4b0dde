using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapConduit.FakeAsterisk.Routes;

/// <summary>
/// /ari/events?app=...: nothing is sent on connect (ari-traces behaviour 10). A newer WebSocket for the application
/// takes it over; the older one gets ApplicationReplaced and no further events (events.json).
/// </summary>
internal static class EventsWebSocketRoute
{
    public static void MapEventsWebSocket(this IEndpointRouteBuilder app, RouteContext c) =>
        app.Map("/ari/events", async (HttpContext h) =>
        {
            if (!h.WebSockets.IsWebSocketRequest)
            {
                await c.WriteAsync(h, SimReply.Error(400, "WebSocket upgrade required")).ConfigureAwait(false);
                return;
            }

            if (RouteContext.Query(h, "app") != c.Options.App)
            {
                await c.WriteAsync(h, SimReply.Error(400, "Invalid application provided in param [app].")).ConfigureAwait(false);
                return;
            }

            using var socket = await h.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            var replaced = new AsteriskEventSequence(c.Options.App, DateTimeOffset.UtcNow)
                .Add("ApplicationReplaced", []).Events[0];
            var id = c.Hub.Add(socket, replaced);
            try
            {
                var buffer = new byte[1024];
                while (socket.State == WebSocketState.Open)
                {
                    var result = await socket.ReceiveAsync(buffer, h.RequestAborted).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                        break;
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
            finally
            {
                c.Hub.Remove(id);
            }
        });
}
