using CapConduit.Api.DataLoading;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using CapConduit.Api.Transport.Http;
using CapConduit.Api.Transport.WebSockets;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapConduit.Api.Transport;

public static class GraphQLTransportServiceCollectionExtensions
{
    /// <summary>
    /// Registers GraphQL.NET (System.Text.Json, <see cref="ApiErrorInfoProvider"/>, depth/complexity and page-size
    /// validation) plus the HTTP and WebSocket transports. <paramref name="configureGraphQL"/> adds the schema,
    /// e.g. <c>b =&gt; b.AddSchema&lt;CapConduitSchema&gt;().AddGraphTypes(typeof(CapConduitSchema).Assembly)</c>.
    /// </summary>
    public static IServiceCollection AddCapConduitGraphQLTransport(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment,
        Action<IGraphQLBuilder> configureGraphQL)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configureGraphQL);
        services.AddOptions<GraphQLTransportOptions>()
            .Bind(configuration.GetSection(GraphQLTransportOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.ExecutionTimeout > TimeSpan.Zero, "GraphQL:ExecutionTimeout must be positive.")
            .Validate(o => o.ConnectionInitTimeout > TimeSpan.Zero, "GraphQL:ConnectionInitTimeout must be positive.")
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero, "GraphQL:RevalidationInterval must be positive.")
            .Validate(o => o.CloseTimeout > TimeSpan.Zero, "GraphQL:CloseTimeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphQLWsAuthenticationOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<GraphQLWsEndpoint>();
        services.AddSingleton<GraphQLWsServices>();
        services.AddSingleton<GraphQLWsConnectionRegistry>();
        services.AddTransient(typeof(NodesConnectionType<>)); // generic graph types are not found by assembly scanning
        services.AddTransient<UserErrorType>();

        var transport = configuration.GetSection(GraphQLTransportOptions.SectionName).Get<GraphQLTransportOptions>()
            ?? new GraphQLTransportOptions();
        services.AddGraphQL(b =>
        {
            b.AddSystemTextJson();
            b.AddErrorInfoProvider(new ApiErrorInfoProvider(exposeDetails: environment.IsDevelopment()));
            b.AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = transport.MaxDepth;
                c.MaxComplexity = transport.MaxComplexity;
            });
            b.AddValidationRule(new PageSizeLimitRule(), useForCachedDocuments: true);
            b.ConfigureExecution(sp => sp.GetRequiredService<ValidatedDocumentCache>());
            b.ConfigureExecution(new RequestLoaderCacheExecution());
            configureGraphQL(b);
        });
        return services;
    }
}
