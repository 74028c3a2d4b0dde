using CapConduit.Telephony.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapConduit.Telephony.Caps;

public static class CapsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SlotStore"/>, <see cref="RoundRobinCursor"/> and the <see cref="LeaseRenewer"/>
    /// hosted service, bound to the "Caps" section. Expects an <c>IConnectionMultiplexer</c> registered by the host.
    /// </summary>
    public static IServiceCollection AddCaps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CapsOptions>()
            .Bind(configuration.GetSection(CapsOptions.SectionName))
            .FollowRedisKeyPrefix(configuration, $"{CapsOptions.SectionName}:{nameof(CapsOptions.KeyPrefix)}", (o, p) => o.KeyPrefix = p)
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlotStore>();
        services.TryAddSingleton<RoundRobinCursor>();
        services.AddSingleton<LeaseRenewer>();
        services.AddHostedService(sp => sp.GetRequiredService<LeaseRenewer>());
        return services;
    }
}
