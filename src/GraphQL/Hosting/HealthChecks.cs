using System.Text.Json;
using CapConduit.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CapConduit.Api.Hosting;

/// <summary>
/// <c>/health</c> reports PostgreSQL and Redis (503 naming whichever is down); <c>/health/ready</c> adds the ARI
/// connection (postgresql, redis, ari, each named in the body); <c>/health/live</c> only says the process answers.
/// </summary>
public static class HealthChecks
{
    public const string DependencyTag = "dependency";
    public const string ReadinessTag = "ready";

    public static IServiceCollection AddCapConduitHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<CapConduitDbContext>("postgresql", HealthStatus.Unhealthy, [DependencyTag, ReadinessTag])
            .AddCheck<RedisHealthCheck>("redis", HealthStatus.Unhealthy, [DependencyTag, ReadinessTag], TimeSpan.FromSeconds(3))
            .AddCheck<AriHealthCheck>("ari", HealthStatus.Unhealthy, [ReadinessTag]);
        return services;
    }

    public static void MapCapConduitHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DependencyTag),
            ResponseWriter = WriteAsync,
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
            ResponseWriter = WriteAsync,
        });
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
