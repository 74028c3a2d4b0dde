using CapConduit.Telephony.Routing.Strategies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapConduit.Telephony.Routing;

public static class CallRoutingServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="Router"/> and the three strategies (needs <c>AddCaps</c> for the round-robin cursor).</summary>
    public static IServiceCollection AddCallRouting(this IServiceCollection services)
    {
        services.TryAddSingleton(Random.Shared);
        services.AddSingleton<IRoutingStrategy, PriorityStrategy>();
        services.AddSingleton<IRoutingStrategy, RoundRobinStrategy>();
        services.AddSingleton<IRoutingStrategy>(sp => new WeightedStrategy(sp.GetRequiredService<Random>()));
        services.TryAddSingleton<Router>();
        return services;
    }
}
