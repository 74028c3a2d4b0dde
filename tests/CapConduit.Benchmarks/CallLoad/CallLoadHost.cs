using CapConduit.FakeAsterisk;
using CapConduit.Persistence;
using CapConduit.Telephony;
using CapConduit.Telephony.Routing;
using CapConduit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapConduit.Benchmarks.CallLoad;

/// <summary>
/// The real composition (AddPersistence + AddTelephony) with production defaults, against the fake ARI, the given
/// PostgreSQL database and real Redis under a key prefix of its own; the routing snapshot is loaded from PostgreSQL.
/// </summary>
internal static class CallLoadHost
{
    public static async Task<IHost> StartAsync(FakeAriServer ari, string postgres, string redis, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        var prefix = RedisFixture.NewKeyPrefix();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = postgres,
            ["ConnectionStrings:Redis"] = redis,
            ["Telephony:Enabled"] = "true",
            ["Ari:Url"] = ari.Url.ToString(),
            ["Ari:User"] = ari.Options.User,
            ["Ari:Password"] = ari.Options.Password,
            ["Ari:App"] = ari.Options.App,
            ["Redis:KeyPrefix"] = prefix,
            ["Caps:KeyPrefix"] = prefix,
            ["LiveEvents:ChannelPrefix"] = prefix,
            ["ConfigChanges:ChannelPrefix"] = prefix,
            ["CallRecords:ConsumerName"] = "callbench-" + Guid.NewGuid().ToString("N"),
        });
        builder.Logging.AddConsole().AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddTelephony(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync(ct);

        var routes = host.Services.GetRequiredService<RoutingSnapshotHolder>();
        await Eventually.TrueAsync(() => routes.Current.TryFindDid(CallLoadDatabase.DidNumber, out _),
            "the routing snapshot loaded from PostgreSQL has the benchmark DID", TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => ari.WebSocketCount > 0, "the Stasis app connects to the fake ARI", TimeSpan.FromSeconds(30));
        return host;
    }
}
