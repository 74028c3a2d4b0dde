using System.Security.Claims;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>
/// The open WebSocket connections by user (subject claim): enforces the per-user limit and lets the server close a
/// user's connections at once (e.g. when the user is disabled or signs out everywhere).
/// </summary>
public sealed class GraphQLWsConnectionRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<GraphQLWsConnection>> _bySubject = new(StringComparer.Ordinal);
    private int _open;

    /// <summary>Open connections (authenticated or not).</summary>
    public int OpenConnections => Volatile.Read(ref _open);

    public static string? SubjectOf(ClaimsPrincipal principal) =>
        principal?.FindFirst("sub")?.Value ?? principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    public int ConnectionsOf(string subject)
    {
        lock (_gate)
        {
            return _bySubject.TryGetValue(subject, out var set) ? set.Count : 0;
        }
    }

    /// <summary>Closes every connection of <paramref name="subject"/> with 4403 Forbidden.</summary>
    /// <returns>How many connections were told to close.</returns>
    public int CloseConnectionsOf(string subject)
    {
        GraphQLWsConnection[] connections;
        lock (_gate)
        {
            connections = _bySubject.TryGetValue(subject, out var set) ? [.. set] : [];
        }

        foreach (var connection in connections)
        {
            connection.Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
        }

        return connections.Length;
    }

    internal void Opened() => Interlocked.Increment(ref _open);

    internal void Closed() => Interlocked.Decrement(ref _open);

    internal bool TryAcquire(string subject, GraphQLWsConnection connection, int limit)
    {
        lock (_gate)
        {
            if (!_bySubject.TryGetValue(subject, out var set))
            {
                _bySubject[subject] = set = [];
            }

            return set.Count < limit && set.Add(connection);
        }
    }

    internal void Release(string subject, GraphQLWsConnection connection)
    {
        lock (_gate)
        {
            if (_bySubject.TryGetValue(subject, out var set) && set.Remove(connection) && set.Count == 0)
            {
                _bySubject.Remove(subject);
            }
        }
    }
}
