using System.Diagnostics.Metrics;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.Hosting;

public sealed class MetricsEndpointTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Metrics_endpoint_exports_capconduit_meters_in_prometheus_format()
    {
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        using var client = api.CreateClient();
        using var meter = new Meter("CapConduit.Tests");
        var counter = meter.CreateCounter<long>("capconduit_test_probe");

        await Eventually.TrueAsync(async () =>
        {
            counter.Add(1);
            var body = await client.GetStringAsync("/metrics");
            return body.Contains("capconduit_test_probe", StringComparison.Ordinal);
        }, "a CapConduit.* meter shows up at /metrics");
    }
}
