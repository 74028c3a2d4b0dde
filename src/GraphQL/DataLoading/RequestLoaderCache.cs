using System.Collections.Concurrent;

namespace CapConduit.Api.DataLoading;

/// <summary>
/// The batch loaders of one request (registered scoped), so every resolver of a request shares one loader per name
/// and keys from sibling fields land in the same batch.
/// </summary>
public sealed class RequestLoaderCache
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

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
