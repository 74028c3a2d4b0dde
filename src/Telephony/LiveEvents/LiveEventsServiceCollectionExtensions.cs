using CapConduit.Telephony.ConfigChanges;
using CapConduit.Telephony.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapConduit.Telephony.LiveEvents;

public static class LiveEventsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the live event publisher/subscriber and the config change bus, bound to the "LiveEvents"
    /// and "ConfigChanges" sections. Expects an <c>IConnectionMultiplexer</c> registered by the host.
    /// </summary>
    public static IServiceCollection AddLiveEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveEventsOptions>().Bind(configuration.GetSection(LiveEventsOptions.SectionName))
            .FollowRedisKeyPrefix(configuration, $"{LiveEventsOptions.SectionName}:{nameof(LiveEventsOptions.ChannelPrefix)}",
                (o, p) => o.ChannelPrefix = p);
        services.AddOptions<ConfigChangeOptions>().Bind(configuration.GetSection(ConfigChangeOptions.SectionName))
            .FollowRedisKeyPrefix(configuration, $"{ConfigChangeOptions.SectionName}:{nameof(ConfigChangeOptions.ChannelPrefix)}",
                (o, p) => o.ChannelPrefix = p);
        services.TryAddSingleton<LiveEventChannels>();
        services.TryAddSingleton<LiveCallBoard>();
        services.TryAddSingleton<LiveEventPublisher>();
        services.TryAddSingleton<LiveEventSubscriber>();
        services.TryAddSingleton<ConfigChangeBus>();
        return services;
    }
}
