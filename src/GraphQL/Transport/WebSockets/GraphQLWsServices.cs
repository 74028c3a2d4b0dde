using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>The singletons every connection uses, gathered so a connection has one constructor argument for them.</summary>
internal sealed class GraphQLWsServices(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopeFactory,
    IOptions<GraphQLTransportOptions> options,
    IOptions<GraphQLWsAuthenticationOptions> authentication,
    GraphQLWsConnectionRegistry registry,
    TimeProvider timeProvider,
    ILogger<GraphQLWsConnection> logger)
{
    public IDocumentExecuter<ISchema> Executer { get; } = executer;

    public IGraphQLTextSerializer Serializer { get; } = serializer;

    public IServiceScopeFactory ScopeFactory { get; } = scopeFactory;

    public GraphQLTransportOptions Options { get; } = options.Value;

    public GraphQLWsAuthenticationOptions Authentication { get; } = authentication.Value;

    public GraphQLWsConnectionRegistry Registry { get; } = registry;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ILogger Logger { get; } = logger;
}
