using OpenTelemetry.Metrics;

namespace CapConduit.Api.Hosting;

/// <summary>Prometheus metrics at <c>/metrics</c>: CapConduit's own meters plus ASP.NET Core's request metrics.</summary>
public static class Metrics
{
    public const string CapConduitMeters = "CapConduit.*";

    public static IServiceCollection AddCapConduitMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CapConduitMeters)
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return services;
    }

    public static void MapCapConduitMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
}
