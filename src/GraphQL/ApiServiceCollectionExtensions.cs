using CapConduit.Api.Auth;
using CapConduit.Api.Campaigns;
using CapConduit.Api.Clients;
using CapConduit.Api.Dids;
using CapConduit.Api.Hosting;
using CapConduit.Api.Schema;
using CapConduit.Api.Transport;
using GraphQL;

namespace CapConduit.Api;

public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddCapConduitApi(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCapConduitAuth(configuration);
        services.AddCapConduitHealthChecks();
        services.AddCapConduitGraphQLTransport(configuration, environment, graphql => graphql
            .AddSchema<CapConduitSchema>()
            .AddGraphTypes(typeof(CapConduitSchema).Assembly));
        services.AddSingleton<RoutingChanges>();
        services.AddSingleton<ClientCommands>();
        services.AddSingleton<DidCommands>();
        services.AddSingleton<CampaignCommands>();
        services.AddSingleton<CampaignClientCommands>();
        services.AddHostedService<MigrateOnStartup>();
        return services;
    }
}
