using System.Net;
using System.Text.Json;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.Hosting;

public sealed class HealthEndpointTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string NothingListening = "127.0.0.1:1";

    [Fact]
    public async Task Health_is_200_when_postgresql_and_redis_answer()
    {
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        var (status, checks) = await GetHealthAsync(api);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", checks.GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_is_503_naming_redis_when_redis_is_down()
    {
        await using var api = new ApiFactory(postgres.ConnectionString, $"{NothingListening},connectTimeout=200");

        var (status, checks) = await GetHealthAsync(api);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("postgresql").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_is_503_naming_postgresql_when_postgresql_is_down()
    {
        var unreachable = "Host=127.0.0.1;Port=1;Username=postgres;Database=nowhere;Timeout=2";
        await using var api = new ApiFactory(unreachable, redis.ConnectionString,
            new Dictionary<string, string?> { ["Persistence:MigrateOnStartup"] = "false" });

        var (status, checks) = await GetHealthAsync(api);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks.GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("redis").GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Checks)> GetHealthAsync(ApiFactory api)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("checks").Clone());
    }
}
