using CapConduit.Api.Auth;
using CapConduit.Api.CallRecords;
using CapConduit.Api.Calls;
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
        services.AddCallEvents(configuration);
        services.AddCapConduitHealthChecks();
        services.AddCapConduitMetrics();
        services.AddCapConduitGraphQLTransport(configuration, environment, graphql => graphql
            .AddSchema<CapConduitSchema>()
            .AddGraphTypes(typeof(CapConduitSchema).Assembly));
        services.AddSingleton<CallRecordStore>();
        services.AddSingleton<RoutingChanges>();
        services.AddSingleton<ClientCommands>();
        services.AddSingleton<DidCommands>();
        services.AddSingleton<CampaignCommands>();
        services.AddSingleton<CampaignClientCommands>();
        services.AddHostedService<MigrateOnStartup>();
        services.AddSingleton<RoutePreviewer>();
        return services;
    }
}
