using System.Text;
using System.Text.Json;
using CapConduit.Api.Transport.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CapConduit.Api.Transport.Http;

/// <summary>Reads a GraphQL-over-HTTP request from a POST body or GET query string.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/#sec-Request</remarks>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLTransportOptions> options)
{
    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = HttpMethods.IsGet(context.Request.Method)
            ? ReadQueryString(context.Request.Query)
            : await ReadBodyAsync(context.Request, context.RequestAborted);
        if (request.Error is null && string.IsNullOrWhiteSpace(request.Request?.Query))
        {
            return (null, new MalformedRequestError("The request has no 'query'."));
        }

        return request;
    }

    private (GraphQLRequest? Request, TransportError? Error) ReadQueryString(IQueryCollection query)
    {
        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"],
                OperationName = NullIfEmpty(query["operationName"]),
                Variables = Parse(query["variables"]),
                Extensions = Parse(query["extensions"]),
            }, null);
        }
        catch (JsonException ex)
        {
            return (null, new MalformedRequestError($"A query string parameter is not valid JSON: {ex.Message}"));
        }
    }

    private async Task<(GraphQLRequest? Request, TransportError? Error)> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new UnsupportedMediaTypeError(request.ContentType));
        }

        var limit = options.Value.MaxRequestBodyBytes;
        var body = await RequestLimits.ReadBodyAsync(request, limit, ct);
        if (body is null)
        {
            return (null, new PayloadTooLargeError(limit));
        }

        try
        {
            var parsed = serializer.Deserialize<GraphQLRequest>(Encoding.UTF8.GetString(body));
            return parsed is null ? (null, new MalformedRequestError("The body must be a JSON object.")) : (parsed, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, new MalformedRequestError($"The body is not a valid GraphQL request: {ex.Message}"));
        }
    }

    private Inputs? Parse(string? json) => string.IsNullOrEmpty(json) ? null : serializer.Deserialize<Inputs>(json);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
