using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Telephony.Ari;

public static class AriServiceCollectionExtensions
{
    /// <summary>Binds and validates the "Ari" section at start-up and registers the typed HTTP client.</summary>
    public static IServiceCollection AddAriClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AriOptions>()
            .Bind(configuration.GetSection(AriOptions.SectionName))
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();
        services.AddHttpClient<AriClient>();
        return services;
    }
}
