using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static CapConduit.FakeAsterisk.Routes.RouteContext;

namespace CapConduit.FakeAsterisk.Routes;

/// <summary>/ari/bridges resources (bridges.json) that CapConduit uses.</summary>
internal static class BridgeRoutes
{
    public static void MapBridgeRoutes(this IEndpointRouteBuilder app, RouteContext c)
    {
        var sim = c.Simulator;
        app.MapGet("/ari/bridges", (HttpContext h) => c.WriteAsync(h, sim.ListBridges()));
        app.MapPost("/ari/bridges", (HttpContext h) =>
            c.WriteAsync(h, sim.CreateBridge(Query(h, "bridgeId"), Query(h, "name"))));
        app.MapGet("/ari/bridges/{id}", (HttpContext h, string id) => c.WriteAsync(h, sim.GetBridge(id)));
        app.MapDelete("/ari/bridges/{id}", (HttpContext h, string id) =>
            c.ExecuteAsync(h, s => sim.DestroyBridge(id, s)));
        app.MapPost("/ari/bridges/{id}/addChannel", (HttpContext h, string id) =>
            c.ExecuteAsync(h, s => sim.AddChannels(id, ListQuery(h, "channel"), s)));
        app.MapPost("/ari/bridges/{id}/removeChannel", (HttpContext h, string id) =>
            c.ExecuteAsync(h, s => sim.RemoveChannels(id, ListQuery(h, "channel"), s)));
    }
}
