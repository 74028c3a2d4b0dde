namespace CapConduit.Telephony.Routing;

/// <summary>
/// The routing snapshot every call reads. Loaders build a whole new snapshot and swap it in atomically, so a call
/// never sees half an update and never waits for PostgreSQL.
/// </summary>
public sealed class RoutingSnapshotHolder
{
    private readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RoutingSnapshot _current = RoutingSnapshot.Empty;

    public RoutingSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// Completes when the first snapshot has been swapped in. Call handling waits for it: before that, every DID
    /// would look unknown and calls would be rejected wrongly.
    /// </summary>
    public Task FirstLoad => _firstLoad.Task;

    /// <summary>True once a snapshot has been swapped in.</summary>
    public bool IsLoaded => _firstLoad.Task.IsCompleted;

    public void Swap(RoutingSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref _current, next);
        _firstLoad.TrySetResult();
    }
}
