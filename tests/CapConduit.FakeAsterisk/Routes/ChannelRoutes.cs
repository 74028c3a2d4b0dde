using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static CapConduit.FakeAsterisk.Routes.RouteContext;

namespace CapConduit.FakeAsterisk.Routes;

/// <summary>/ari/channels resources (channels.json) that CapConduit uses.</summary>
internal static class ChannelRoutes
{
    public static void MapChannelRoutes(this IEndpointRouteBuilder app, RouteContext c)
    {
        var sim = c.Simulator;
        app.MapGet("/ari/channels", (HttpContext h) => c.WriteAsync(h, sim.ListChannels()));
        app.MapPost("/ari/channels", (HttpContext h) => c.ExecuteAsync(h, s => sim.Originate(Originate(h), true, s)));
        app.MapPost("/ari/channels/create", (HttpContext h) =>
            c.ExecuteAsync(h, s => sim.Originate(Originate(h), false, s)));
        app.MapGet("/ari/channels/{id}", (HttpContext h, string id) => c.WriteAsync(h, sim.GetChannel(id)));
        app.MapDelete("/ari/channels/{id}", (HttpContext h, string id) =>
            c.ExecuteAsync(h, s => sim.Hangup(id, Query(h, "reason"), s)));
        app.MapPost("/ari/channels/{id}/ring", (HttpContext h, string id) => c.WriteAsync(h, sim.Ring(id)));
        app.MapPost("/ari/channels/{id}/answer", (HttpContext h, string id) =>
            c.ExecuteAsync(h, s => sim.Answer(id, s)));
        app.MapPost("/ari/channels/{id}/dial", (HttpContext h, string id) => c.ExecuteAsync(h, s => sim.Dial(id, s)));
        app.MapGet("/ari/channels/{id}/variable", (HttpContext h, string id) =>
            c.WriteAsync(h, sim.GetVariable(id, Query(h, "variable"))));
        app.MapPost("/ari/channels/{id}/variable", (HttpContext h, string id) =>
            c.ExecuteAsync(h, s => sim.SetVariable(id, Query(h, "variable"), Query(h, "value"), s)));
    }

    private static OriginateParameters Originate(HttpContext h) =>
        new(Query(h, "endpoint"), Query(h, "app"), Query(h, "appArgs"), Query(h, "callerId"), Query(h, "channelId"));
}
