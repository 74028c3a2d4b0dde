using System.Globalization;
using System.Text.RegularExpressions;
using CapConduit.FakeAsterisk;
using CapConduit.Persistence;
using CapConduit.Persistence.Seed;
using CapConduit.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CapConduit.Api.Tests.Hosting;

/// <summary>
/// Runs alone: meters are process-wide, and another test host's "CapConduit.Telephony" meter, alive at the same time
/// in this test process, competes for the same instrument names in the exporter. Production has one host per process.
/// </summary>
[Collection(nameof(MetricsAfterCallTests))]
public sealed partial class MetricsAfterCallTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task After_an_answered_and_a_rejected_call_through_the_fake_asterisk_metrics_shows_them()
    {
        // Sample data (PRODUCT §8) before the API starts, so its first routing snapshot has alice's DID → alpha.
        var seeder = new SampleDataSeeder(new SingleDatabase(postgres.ConnectionString), TimeProvider.System, NullLogger<SampleDataSeeder>.Instance);
        await seeder.SeedAsync(CancellationToken.None);
        await using var fake = new FakeAriServer(new FakeAriOptions { UniqueIdEpoch = 1_000_000_000 + Random.Shared.NextInt64(1_000_000_000) });
        await fake.StartAsync();
        fake.SetEndpoint("PJSIP/client_alpha_sales", EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(50)));
        var prefix = RedisFixture.NewKeyPrefix();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString, new Dictionary<string, string?>
        {
            ["Telephony:Enabled"] = "true",
            ["Ari:Url"] = fake.Url.ToString(),
            ["Ari:User"] = fake.Options.User,
            ["Ari:Password"] = fake.Options.Password,
            ["Ari:App"] = fake.Options.App,
            ["Redis:KeyPrefix"] = prefix,
            ["Caps:KeyPrefix"] = prefix,
            ["LiveEvents:ChannelPrefix"] = prefix,
            ["ConfigChanges:ChannelPrefix"] = prefix,
            ["CallRecords:PollInterval"] = "00:00:00.050",
            ["CallRecords:ConsumerName"] = "metrics-" + Guid.NewGuid().ToString("N"),
        });
        using var client = api.CreateClient();
        await Eventually.TrueAsync(() => fake.WebSocketCount > 0, "the Stasis app connects to the fake ARI");

        var answered = fake.InjectInboundCall("+18005550101", "15550800001");
        fake.InjectInboundCall("+19995550002", "15550800002");
        await Eventually.TrueAsync(() => fake.RequestLog.Entries.Any(r =>
            Uri.UnescapeDataString(r.Path).StartsWith($"/ari/bridges/{answered}-br/addChannel", StringComparison.Ordinal) && r.Status == 204),
            "the sample call is bridged", TimeSpan.FromSeconds(20));

        var body = "";
        await Eventually.TrueAsync(async () =>
        {
            body = await client.GetStringAsync("/metrics");
            return Value(body, "capconduit_calls_started_total") >= 2 && Value(body, "capconduit_calls_answered_total") >= 1 &&
                Value(body, "capconduit_calls_rejected_total", "reason=\"DID_NOT_FOUND\"") >= 1;
        }, "/metrics counts the started, answered and rejected calls", TimeSpan.FromSeconds(20));
        Assert.True(Value(body, "capconduit_attempts_total", "outcome=\"Answered\"") >= 1, body);
        Assert.True(Value(body, "capconduit_routing_latency_milliseconds_count") >= 1, body);
        Assert.Contains("capconduit_calls_live", body, StringComparison.Ordinal);
        Assert.Contains("capconduit_call_records_queue_depth", body, StringComparison.Ordinal);
    }

    /// <summary>Sum of a Prometheus series' samples (optionally only those whose labels contain <paramref name="label"/>); -1 when absent.</summary>
    private static double Value(string body, string name, string? label = null)
    {
        var samples = SampleLine().Matches(body)
            .Where(m => m.Groups["name"].Value == name && (label is null || m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal)))
            .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
            .ToList();
        return samples.Count == 0 ? -1 : samples.Sum();
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();

    private sealed class SingleDatabase(string connectionString) : Microsoft.EntityFrameworkCore.IDbContextFactory<CapConduitDbContext>
    {
        public CapConduitDbContext CreateDbContext() => new(CapConduitDbOptions.Build(connectionString));
    }
}

[CollectionDefinition(nameof(MetricsAfterCallTests), DisableParallelization = true)]
public sealed class MetricsAfterCallCollection;
