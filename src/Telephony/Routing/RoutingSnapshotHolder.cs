namespace CapConduit.Telephony.Routing;

/// <summary>
/// The routing snapshot every call reads. Loaders build a whole new snapshot and swap it in atomically, so a call
/// never sees half an update and never waits for PostgreSQL.
/// </summary>
public sealed class RoutingSnapshotHolder
{
    private RoutingSnapshot _current = RoutingSnapshot.Empty;

    public RoutingSnapshot Current => Volatile.Read(ref _current);

    public void Swap(RoutingSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref _current, next);
    }
}
