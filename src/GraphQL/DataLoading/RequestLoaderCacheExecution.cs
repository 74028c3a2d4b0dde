using GraphQL;
using GraphQL.DI;

namespace CapConduit.Api.DataLoading;

/// <summary>Puts the request's <see cref="RequestLoaderCache"/> into the execution's user context before it runs.</summary>
public sealed class RequestLoaderCacheExecution : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.RequestServices is { } services)
            options.UserContext[RequestLoaderCache.UserContextKey] = services.GetRequiredService<RequestLoaderCache>();
        return next(options);
    }
}
