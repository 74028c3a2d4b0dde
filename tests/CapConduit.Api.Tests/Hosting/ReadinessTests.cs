using System.Net;
using System.Text.Json;
using CapConduit.FakeAsterisk;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.Hosting;

public sealed class ReadinessTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Readiness_names_redis_unhealthy_while_it_is_down_and_healthy_once_it_is_back()
    {
        await using var ownRedis = await RedisServerProcess.StartAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, ownRedis.ConnectionString);
        using var client = api.CreateClient();
        await WaitForAsync(client, HttpStatusCode.OK, "redis", "Healthy");

        await ownRedis.KillAsync();
        var down = await WaitForAsync(client, HttpStatusCode.ServiceUnavailable, "redis", "Unhealthy");
        Assert.Equal("Healthy", Status(down, "postgresql"));

        await ownRedis.RestartAsync();
        await WaitForAsync(client, HttpStatusCode.OK, "redis", "Healthy");
    }

    [Fact]
    public async Task Readiness_names_ari_unhealthy_while_asterisk_is_gone_and_healthy_once_it_is_back()
    {
        var options = new FakeAriOptions { Port = FreePort.Next() };
        var fake = new FakeAriServer(options);
        await fake.StartAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString, TelephonySettings(fake));
        using var client = api.CreateClient();
        try
        {
            var up = await WaitForAsync(client, HttpStatusCode.OK, "ari", "Healthy");
            Assert.Equal("Healthy", Status(up, "postgresql"));
            Assert.Equal("Healthy", Status(up, "redis"));

            await fake.DisposeAsync();
            await WaitForAsync(client, HttpStatusCode.ServiceUnavailable, "ari", "Unhealthy");

            fake = new FakeAriServer(new FakeAriOptions { Port = options.Port, Password = options.Password });
            await fake.StartAsync();
            await WaitForAsync(client, HttpStatusCode.OK, "ari", "Healthy");
        }
        finally
        {
            await fake.DisposeAsync();
        }
    }

    [Fact]
    public async Task Readiness_reports_a_stasis_app_taken_over_by_another_websocket_until_its_own_reconnects()
    {
        await using var fake = new FakeAriServer();
        await fake.StartAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString, TelephonySettings(fake));
        using var client = api.CreateClient();
        await WaitForAsync(client, HttpStatusCode.OK, "ari", "Healthy");

        // A second subscriber for the same app (say, another instance left with the same Ari:App) wins in Asterisk.
        using (await fake.SubscribeAnotherClientAsync())
        {

            var replaced = await WaitForAsync(client, HttpStatusCode.ServiceUnavailable, "ari", "Unhealthy");
            Assert.Contains("ApplicationReplaced", replaced.GetProperty("ari").GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Contains(fake.EmittedEvents, e => e.Contains("\"ApplicationReplaced\"", StringComparison.Ordinal));
        }

        // Its own next connection makes this instance the newest subscriber again.
        await fake.DropWebSocketsAsync();
        await WaitForAsync(client, HttpStatusCode.OK, "ari", "Healthy");
    }

    [Fact]
    public async Task Readiness_names_postgresql_unhealthy_when_it_is_unreachable()
    {
        var unreachable = "Host=127.0.0.1;Port=1;Username=postgres;Database=nowhere;Timeout=2";
        await using var api = new ApiFactory(unreachable, redis.ConnectionString,
            new Dictionary<string, string?> { ["Persistence:MigrateOnStartup"] = "false" });
        using var client = api.CreateClient();

        var checks = await WaitForAsync(client, HttpStatusCode.ServiceUnavailable, "postgresql", "Unhealthy");

        Assert.Equal("Healthy", Status(checks, "redis"));
        // Telephony is off in this process: ARI is not a dependency of its readiness.
        Assert.Equal("Healthy", Status(checks, "ari"));
        Assert.Equal("telephony disabled", checks.GetProperty("ari").GetProperty("description").GetString());
    }

    private static Dictionary<string, string?> TelephonySettings(FakeAriServer fake)
    {
        var prefix = RedisFixture.NewKeyPrefix();
        return new Dictionary<string, string?>
        {
            ["Telephony:Enabled"] = "true",
            ["Ari:Url"] = fake.Url.ToString(),
            ["Ari:User"] = fake.Options.User,
            ["Ari:Password"] = fake.Options.Password,
            ["Ari:App"] = fake.Options.App,
            ["Ari:ReconnectInitialDelay"] = "00:00:00.050",
            ["Ari:ReconnectMaxDelay"] = "00:00:00.200",
            ["Redis:KeyPrefix"] = prefix,
            ["CallRecords:ConsumerName"] = "readiness-" + Guid.NewGuid().ToString("N"),
        };
    }

    private static string? Status(JsonElement checks, string name) => checks.GetProperty(name).GetProperty("status").GetString();

    /// <summary>Polls /health/ready until it answers <paramref name="status"/> with the named check in <paramref name="checkStatus"/>.</summary>
    private static async Task<JsonElement> WaitForAsync(HttpClient client, HttpStatusCode status, string check, string checkStatus)
    {
        var last = default(JsonElement);
        await Eventually.TrueAsync(async () =>
        {
            using var response = await client.GetAsync("/health/ready");
            last = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").Clone();
            return response.StatusCode == status && Status(last, check) == checkStatus;
        }, $"/health/ready is {(int)status} with {check} {checkStatus}", TimeSpan.FromSeconds(20));
        return last;
    }
}
