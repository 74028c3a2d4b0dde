using GraphQL;
using GraphQL.DI;

namespace CapConduit.Api.DataLoading;

/// <summary>Gives each execution a fresh <see cref="RequestLoaderCache"/> in its user context.</summary>
public sealed class RequestLoaderCacheExecution : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.UserContext[RequestLoaderCache.UserContextKey] = new RequestLoaderCache();
        return next(options);
    }
}
