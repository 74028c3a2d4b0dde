using System.Collections.Concurrent;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>The active operations of one connection by id, bounded by the per-connection limit.</summary>
public sealed class SubscriptionSet(int limit)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Count => _entries.Count;

    public enum AddResult
    {
        Added,
        AlreadyExists,
        LimitReached,
    }

    public AddResult TryAdd(string id, out Entry entry)
    {
        lock (_gate)
        {
            entry = new Entry();
            if (_entries.ContainsKey(id))
            {
                return AddResult.AlreadyExists;
            }

            if (_entries.Count >= limit)
            {
                return AddResult.LimitReached;
            }

            _entries[id] = entry;
            return AddResult.Added;
        }
    }

    /// <summary>Removes and stops the operation; true when it was still active.</summary>
    public bool Remove(string id)
    {
        if (!_entries.TryRemove(id, out var entry))
        {
            return false;
        }

        entry.Dispose();
        return true;
    }

    public bool Contains(string id) => _entries.ContainsKey(id);

    public void Clear()
    {
        foreach (var id in _entries.Keys)
        {
            Remove(id);
        }
    }

    /// <summary>One operation: cancelled and its resources released when removed.</summary>
    public sealed class Entry : IDisposable
    {
        private readonly CancellationTokenSource _cts = new();
        private readonly List<IDisposable> _resources = [];
        private bool _disposed;

        public CancellationToken Token => _cts.Token;

        /// <summary>Ties <paramref name="resource"/> to the operation; disposes it at once if already removed.</summary>
        public void Attach(IDisposable resource)
        {
            lock (_resources)
            {
                if (!_disposed)
                {
                    _resources.Add(resource);
                    return;
                }
            }

            resource.Dispose();
        }

        public void Dispose()
        {
            List<IDisposable> toDispose;
            lock (_resources)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                toDispose = [.. _resources];
            }

            _cts.Cancel();
            foreach (var r in toDispose)
            {
                r.Dispose();
            }

        }
    }
}
