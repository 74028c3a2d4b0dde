using System.Collections.Concurrent;
using GraphQL;

namespace CapConduit.Api.DataLoading;

/// <summary>
/// The batch loaders of one request (registered scoped), so every resolver of a request shares one loader per name
/// and keys from sibling fields land in the same batch.
/// </summary>
public sealed class RequestLoaderCache
{
    /// <summary>Key of the request's cache in <see cref="IResolveFieldContext.UserContext"/>.</summary>
    public const string UserContextKey = "CapConduit.RequestLoaderCache";

    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>
    /// The request's cache. <see cref="RequestLoaderCacheExecution"/> puts it in the user context once per execution,
    /// because resolving a scoped service takes the DI scope's lock, which parallel resolvers contended for.
    /// </summary>
    public static RequestLoaderCache Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext.TryGetValue(UserContextKey, out var value) && value is RequestLoaderCache cache
            ? cache
            : (context.RequestServices
                ?? throw new InvalidOperationException("GraphQL execution has no RequestServices; set ExecutionOptions.RequestServices."))
                .GetRequiredService<RequestLoaderCache>();
    }

    /// <summary>Returns the request's loader called <paramref name="name"/>, creating it with <paramref name="fetch"/> once.</summary>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        var loader = _loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));
        return loader as BatchLoader<TKey, TValue>
            ?? throw new InvalidOperationException(
                $"Loader '{name}' already exists with other key/value types ({loader.GetType()}).");
    }
}
