using CapConduit.Api.Transport.Http;
using CapConduit.Api.Transport.WebSockets;

namespace CapConduit.Api.Transport;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP (GET, POST) and graphql-transport-ws on <paramref name="path"/>.
    /// The app must call <c>app.UseWebSockets()</c> before routing for the WebSocket part.
    /// </summary>
    public static IEndpointConventionBuilder MapCapConduitGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var http = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpEndpoint>();
        var ws = endpoints.ServiceProvider.GetRequiredService<GraphQLWsEndpoint>();
        return endpoints.Map(path, context => context.WebSockets.IsWebSocketRequest
            ? ws.HandleAsync(context)
            : http.HandleAsync(context));
    }
}
