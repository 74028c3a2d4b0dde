using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapConduit.FakeAsterisk.Routes;

/// <summary>/ari/applications/{app} (applications.json) and /ari/asterisk/info (asterisk.json).</summary>
internal static class ApplicationAndAsteriskRoutes
{
    public static void MapApplicationAndAsteriskRoutes(this IEndpointRouteBuilder app, RouteContext c)
    {
        app.MapGet("/ari/applications/{name}", (HttpContext h, string name) => c.WriteAsync(h,
            name == c.Options.App
                ? SimReply.Ok(c.Simulator.Application(name))
                : SimReply.Error(404, "Application not found")));
        var started = AsteriskJson.Timestamp(c.Options.TimeProvider.GetUtcNow());
        app.MapGet("/ari/asterisk/info", (HttpContext h) => c.WriteAsync(h, SimReply.Ok(new JsonObject
        {
            ["system"] = new JsonObject { ["version"] = "22.10.1", ["entity_id"] = "00:00:00:00:00:00" },
            ["config"] = new JsonObject
            {
                ["name"] = "fake-asterisk",
                ["default_language"] = "en",
                ["setid"] = new JsonObject { ["user"] = "asterisk", ["group"] = "asterisk" },
            },
            ["status"] = new JsonObject { ["startup_time"] = started, ["last_reload_time"] = started },
        })));
    }
}
