using CapConduit.Api.Auth;
using CapConduit.Api.Hosting;

namespace CapConduit.Api;

public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddCapConduitApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCapConduitHealthChecks();
        services.AddHostedService<MigrateOnStartup>();
        return services;
    }
}
