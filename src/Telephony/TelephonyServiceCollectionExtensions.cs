using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Telephony.Redis;
using CapConduit.Telephony.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        return services;
    }
}
