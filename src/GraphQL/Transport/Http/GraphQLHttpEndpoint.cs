using CapConduit.Api.Transport.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Transport.Http;

/// <summary>Serves GraphQL over HTTP: POST for any operation, GET for queries only.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/</remarks>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    IOptions<GraphQLTransportOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (!isGet && !HttpMethods.IsPost(context.Request.Method))
        {
            await writer.WriteAsync(context, new MethodNotAllowedError("Use GET or POST.", "GET, POST"));
            return;
        }

        var (request, error) = await reader.ReadAsync(context);
        if (error is not null || request is null)
        {
            await writer.WriteAsync(context, error ?? new MalformedRequestError("The request could not be read."));
            return;
        }

        // GET must not change state (spec §7.1.1): refuse anything but a query before executing it.
        if (isGet && OperationSelector.Select(request.Query!, request.OperationName) is { } type
            && type != OperationType.Query)
        {
            await writer.WriteAsync(context, new MethodNotAllowedError($"A {type} is not allowed over GET; use POST.", "POST"));
            return;
        }

        var result = await executer.ExecuteAsync(CreateOptions(request, context));
        await writer.WriteAsync(context, result);
    }

    private ExecutionOptions CreateOptions(GraphQLRequest request, HttpContext context) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        RequestServices = context.RequestServices,
        User = context.User,
        CancellationToken = context.RequestAborted,
        Timeout = options.Value.ExecutionTimeout,
        TimeoutAction = TimeoutAction.ReturnTimeoutError,
    };
}
