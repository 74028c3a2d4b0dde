using CapConduit.Telephony.Ari;
using CapConduit.Telephony.CallRecords;
using CapConduit.Telephony.Calls;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Telephony.Redis;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Stasis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony;

public static class TelephonyServiceCollectionExtensions
{
    public static IServiceCollection AddTelephony(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName));
        services.AddSingleton<IConnectionMultiplexer>(_ => RedisConnection.Connect(configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RoutingSnapshotHolder>();
        services.AddAriClient(configuration);
        services.AddCaps(configuration);
        services.AddCallRouting();
        services.AddLiveEvents(configuration);
        services.AddRoutingSnapshot(configuration);
        services.AddCallFlow(configuration);
        return services;
    }

    /// <summary>
    /// The Stasis app, call sessions and the call record queue. The hosted parts (event stream, record writer,
    /// outbox retry) run only when <c>Telephony:Enabled</c> is true (the default).
    /// </summary>
    private static void AddCallFlow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelephonyOptions>()
            .Bind(configuration.GetSection(TelephonyOptions.SectionName))
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.AddOptions<CallRecordsOptions>()
            .Bind(configuration.GetSection(CallRecordsOptions.SectionName))
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<TelephonyMetrics>();
        services.AddSingleton<CallRecordStream>();
        services.AddSingleton<CallRecordOutbox>();
        services.AddSingleton<CallRecordWriter>();
        services.AddSingleton<CallSessionRegistry>();
        services.AddSingleton(sp => new CallServices(
            sp.GetRequiredService<AriClient>(),
            sp.GetRequiredService<Router>(),
            sp.GetRequiredService<RoutingSnapshotHolder>(),
            sp.GetRequiredService<SlotStore>(),
            sp.GetRequiredService<CallRecordOutbox>(),
            sp.GetRequiredService<LiveEventPublisher>(),
            sp.GetRequiredService<TelephonyMetrics>(),
            sp.GetRequiredService<CallSessionRegistry>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<CallSessionFactory>();
        services.AddSingleton<EventDispatcher>();
        services.AddSingleton<Reconciler>();
        services.AddSingleton<StasisHost>();
        // Each hosted part checks Telephony:Enabled when it starts (not here), so a test host can still turn it off late.
        services.AddHostedService(sp => sp.GetRequiredService<CallRecordOutbox>());
        services.AddHostedService(sp => sp.GetRequiredService<CallRecordWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<StasisHost>());
        services.AddHostedService<CallDrain>();
        services.AddOptions<HostOptions>().Configure<IOptions<TelephonyOptions>>((host, telephony) =>
        {
            var needed = CallDrain.RequiredShutdownTimeout(telephony.Value);
            if (host.ShutdownTimeout < needed)
                host.ShutdownTimeout = needed;
        });
    }
}
