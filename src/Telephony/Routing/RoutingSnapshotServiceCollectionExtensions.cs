using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Routing;

public static class RoutingSnapshotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="RoutingSnapshotHolder"/>, the <see cref="RoutingSnapshotLoader"/> and the
    /// <see cref="RoutingSnapshotRefresher"/> hosted service, bound to the "RoutingSnapshot" section. Needs
    /// <c>AddPersistence</c> and <c>AddLiveEvents</c> (for the config change bus).
    /// </summary>
    public static IServiceCollection AddRoutingSnapshot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoutingSnapshotOptions>()
            .Bind(configuration.GetSection(RoutingSnapshotOptions.SectionName))
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        // A process that does not run the Stasis app (Telephony:Enabled = false) routes no calls and needs no snapshot.
        services.AddOptions<RoutingSnapshotOptions>().PostConfigure<IOptions<TelephonyOptions>>((o, telephony) =>
            o.LoadFromDatabase &= telephony.Value.Enabled);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RoutingSnapshotHolder>();
        services.TryAddSingleton<RoutingSnapshotLoader>();
        services.TryAddSingleton<RoutingSnapshotRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<RoutingSnapshotRefresher>());
        return services;
    }
}
