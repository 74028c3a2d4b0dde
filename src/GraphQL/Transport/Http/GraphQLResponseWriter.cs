using CapConduit.Api.Transport.Errors;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace CapConduit.Api.Transport.Http;

/// <summary>Chooses the response media type and status code and streams the result to the response.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/#sec-Response</remarks>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public Task WriteAsync(HttpContext context, TransportError error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        if (error is MethodNotAllowedError notAllowed)
        {
            context.Response.Headers.Allow = notAllowed.Allow;
        }

        return WriteAsync(context, error.ToExecutionResult(), error.StatusCode);
    }

    public Task WriteAsync(HttpContext context, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);

        // With application/json a request that failed before execution is still 200 (legacy clients);
        // with application/graphql-response+json it is 400 (spec §6.4.2).
        var failedBeforeExecution = !result.Executed && result.Errors is { Count: > 0 };
        var status = failedBeforeExecution && ChooseMediaType(context.Request) == GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteAsync(context, result, status);
    }

    private async Task WriteAsync(HttpContext context, ExecutionResult result, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ChooseMediaType(context.Request) + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>application/json only when the client accepts it and not graphql-response+json.</summary>
    public static string ChooseMediaType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return GraphQLResponseJson;
        }

        // Exact or wildcard match only: ASP.NET's IsSubsetOf would also let application/json match a '+json' type.
        bool Accepts(string type) => accepted.Any(a => a.Quality is not 0
            && (a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)
                || a.MediaType.Equals("*/*", StringComparison.Ordinal)
                || a.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)));
        return !Accepts(GraphQLResponseJson) && Accepts(Json) ? Json : GraphQLResponseJson;
    }
}
