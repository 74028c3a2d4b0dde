using CapConduit.FakeAsterisk;
using CapConduit.Persistence;
using CapConduit.Telephony.Calls;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Stasis;
using CapConduit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CapConduit.Telephony.Tests.Calls;

/// <summary>
/// The real composition (AddPersistence + AddTelephony) in a small host, against a FakeAriServer, real Redis
/// (a key prefix of its own) and the test class's PostgreSQL database, with short timers.
/// </summary>
public sealed class CallFlowHost : IAsyncDisposable
{
    private readonly bool _ownsServer;

    private CallFlowHost(IHost host, FakeAriServer server, bool ownsServer, string postgres)
    {
        Host = host;
        Server = server;
        _ownsServer = ownsServer;
        Postgres = postgres;
    }

    public IHost Host { get; }
    public FakeAriServer Server { get; }
    public string Postgres { get; }
    public IServiceProvider Services => Host.Services;
    public CallSessionRegistry Sessions => Services.GetRequiredService<CallSessionRegistry>();
    public SlotStore Slots => Services.GetRequiredService<SlotStore>();
    public AriEventStreamView Stream => new(Services.GetRequiredService<StasisHost>());

    public static async Task<CallFlowHost> StartAsync(
        string postgres, string redis, string prefix, RoutingSnapshot snapshot,
        IDictionary<string, string?>? settings = null, FakeAriServer? server = null)
    {
        var ownsServer = server is null;
        if (server is null)
        {
            server = new FakeAriServer(NewFakeOptions());
            await server.StartAsync();
        }
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = "Testing",
        });
        var config = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = postgres,
            ["ConnectionStrings:Redis"] = redis,
            ["Ari:Url"] = server.Url.ToString(),
            ["Ari:User"] = server.Options.User,
            ["Ari:Password"] = server.Options.Password,
            ["Ari:App"] = server.Options.App,
            ["Ari:ReconnectInitialDelay"] = "00:00:00.020",
            ["Ari:ReconnectMaxDelay"] = "00:00:00.200",
            ["Redis:KeyPrefix"] = prefix,
            ["Caps:KeyPrefix"] = prefix,
            ["LiveEvents:ChannelPrefix"] = prefix,
            ["ConfigChanges:ChannelPrefix"] = prefix,
            ["CallRecords:PollInterval"] = "00:00:00.050",
            ["CallRecords:RetryInitialDelay"] = "00:00:00.050",
            ["CallRecords:RetryMaxDelay"] = "00:00:00.500",
            ["CallRecords:ConsumerName"] = "test-" + Guid.NewGuid().ToString("N"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddTelephony(builder.Configuration);
        var host = builder.Build();
        host.Services.GetRequiredService<RoutingSnapshotHolder>().Swap(snapshot);
        await host.StartAsync();
        var started = new CallFlowHost(host, server, ownsServer, postgres);
        await Eventually.TrueAsync(() => started.Stream.IsConnected, "the Stasis app connects to the fake ARI");
        return started;
    }

    /// <summary>Fake options with uniqueids of their own, so tests sharing a database never reuse a channel id.</summary>
    public static FakeAriOptions NewFakeOptions(ReplyOrder order = ReplyOrder.EventsFirst) =>
        new() { UniqueIdEpoch = 1_000_000_000 + Random.Shared.NextInt64(1_000_000_000), ReplyOrder = order };

    /// <summary>Counts call records of the given channel ids (or all) in PostgreSQL.</summary>
    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until both legs of the call were added to its bridge (addChannel answered 204).</summary>
    public async Task WaitForBridgedAsync(string callId)
    {
        try
        {
            await Eventually.TrueAsync(() => Server.RequestLog.Entries.Any(r =>
                    r.Method == "POST" && r.Status == 204 &&
                    Uri.UnescapeDataString(r.Path).StartsWith($"/ari/bridges/{callId}-br/addChannel", StringComparison.Ordinal)),
                $"call {callId} is bridged", TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException e)
        {
            // Say what the app did with the call, so a failure under load can be understood.
            var requests = Server.RequestLog.Entries.Where(r => Uri.UnescapeDataString(r.Path).Contains(callId, StringComparison.Ordinal))
                .Select(r => $"{r.Method} {Uri.UnescapeDataString(r.Path)} {r.Status}");
            throw new TimeoutException($"{e.Message}; requests: {string.Join(" | ", requests)}", e);
        }
    }

    public Task<long> RecordCountAsync(string channelId) =>
        ScalarAsync("SELECT count(*) FROM call_records WHERE channel_id = @c", ("c", channelId));

    public Task WaitForRecordAsync(string channelId, TimeSpan? within = null) =>
        Eventually.TrueAsync(async () => await RecordCountAsync(channelId) == 1, $"the call record of {channelId} is written", within);

    public async Task<CallRecordRow> RecordAsync(string channelId)
    {
        await using var db = new CapConduitDbContext(CapConduitDbOptions.Build(Postgres));
        var record = db.Set<Persistence.CallRecords.CallRecord>().Single(r => r.ChannelId == channelId);
        var attempts = db.Set<Persistence.CallRecords.CallAttempt>().Where(a => a.CallRecordId == record.Id).OrderBy(a => a.Sequence).ToList();
        return new CallRecordRow(record, attempts);
    }

    public Task<long> TotalCallsUsedAsync(Guid linkId) =>
        ScalarAsync("SELECT total_calls_used FROM campaign_clients WHERE id = @id", ("id", linkId));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            Host.Dispose();
            if (_ownsServer)
                await Server.DisposeAsync();
        }
    }
}

public sealed record CallRecordRow(Persistence.CallRecords.CallRecord Record, IReadOnlyList<Persistence.CallRecords.CallAttempt> Attempts);

/// <summary>What the tests read of the running Stasis host.</summary>
public readonly struct AriEventStreamView(StasisHost host)
{
    public bool IsConnected => host.Stream?.IsConnected == true;
    public int ReconnectCount => host.Stream?.ReconnectCount ?? 0;
}
