using System.Collections.Concurrent;
using GraphQL;

namespace CapConduit.Api.DataLoading;

/// <summary>
/// The batch loaders of one execution, so every resolver of a request shares one loader per name and keys from
/// sibling fields land in the same batch. <see cref="RequestLoaderCacheExecution"/> creates one per execution and
/// keeps it in the user context, where resolvers find it without the DI scope's lock.
/// </summary>
public sealed class RequestLoaderCache
{
    /// <summary>Key of the execution's cache in <see cref="IResolveFieldContext.UserContext"/>.</summary>
    public const string UserContextKey = "CapConduit.RequestLoaderCache";

    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>The cache of the execution <paramref name="context"/> belongs to.</summary>
    public static RequestLoaderCache Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext.TryGetValue(UserContextKey, out var value) && value is RequestLoaderCache cache
            ? cache
            : throw new InvalidOperationException(
                $"No {nameof(RequestLoaderCache)} in the user context; register {nameof(RequestLoaderCacheExecution)} with ConfigureExecution.");
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
