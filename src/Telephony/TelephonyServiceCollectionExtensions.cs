using CapConduit.Telephony.Redis;
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
        return services;
    }
}
