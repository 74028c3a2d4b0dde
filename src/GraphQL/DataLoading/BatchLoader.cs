using GraphQL.DataLoader;

namespace CapConduit.Api.DataLoading;

/// <summary>
/// Collects the keys that resolvers ask for during one execution step and loads them with a single call.
/// GraphQL.NET resolves every field of a level first and only then awaits the returned
/// <see cref="IDataLoaderResult"/>s, so the first await finds every key of that level queued.
/// Create one per execution (see <see cref="RequestLoaderCache"/>).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Batch _pending = new();

    /// <summary>Queues <paramref name="key"/>; the value is null when the fetch returned no entry for it.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            var batch = _pending;
            batch.Keys.Add(key);
            return new Result(ct => batch.GetAsync(key, this, ct));
        }
    }

    private async Task<TValue?> FetchAsync(Batch batch, TKey key, CancellationToken ct)
    {
        lock (_gate)
        {
            // Close the batch: keys asked for from now on go to the next one.
            if (ReferenceEquals(batch, _pending))
            {
                _pending = new Batch();
            }
        }

        var values = await batch.LoadAsync(fetch, ct);
        return values.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Batch
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _load;

        public HashSet<TKey> Keys { get; } = [];

        public Task<TValue?> GetAsync(TKey key, BatchLoader<TKey, TValue> owner, CancellationToken ct) =>
            owner.FetchAsync(this, key, ct);

        public Task<IReadOnlyDictionary<TKey, TValue>> LoadAsync(
            Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
            CancellationToken ct) =>
            LazyInitializer.EnsureInitialized(ref _load, () => fetch(Keys.ToArray(), ct));
    }

    private sealed class Result(Func<CancellationToken, Task<TValue?>> get) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await get(cancellationToken);
    }
}
