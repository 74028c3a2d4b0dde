namespace CapConduit.Api.Tests.Transport.TestHost;

/// <summary>Records every batch the test loader fetched.</summary>
public sealed class BatchCounter
{
    private readonly List<IReadOnlyCollection<int>> _batches = [];

    public IReadOnlyList<IReadOnlyCollection<int>> Batches
    {
        get
        {
            lock (_batches)
            {
                return [.. _batches];
            }
        }
    }

    public Task<IReadOnlyDictionary<int, string>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken ct)
    {
        lock (_batches)
        {
            _batches.Add(keys);
        }

        return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"label-{k}"));
    }
}
