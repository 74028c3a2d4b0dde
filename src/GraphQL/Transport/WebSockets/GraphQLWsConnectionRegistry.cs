using System.Collections.Concurrent;
using System.Security.Claims;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>Counts open WebSocket connections per user (subject claim) to enforce the per-user limit.</summary>
public sealed class GraphQLWsConnectionRegistry
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private int _open;

    /// <summary>Open connections (authenticated or not).</summary>
    public int OpenConnections => Volatile.Read(ref _open);

    public static string? SubjectOf(ClaimsPrincipal principal) =>
        principal?.FindFirst("sub")?.Value ?? principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    public int ConnectionsOf(string subject) => _counts.TryGetValue(subject, out var n) ? n : 0;

    internal void Opened() => Interlocked.Increment(ref _open);

    internal void Closed() => Interlocked.Decrement(ref _open);

    internal bool TryAcquire(string subject, int limit)
    {
        while (true)
        {
            var current = _counts.GetOrAdd(subject, 0);
            if (current >= limit)
            {
                return false;
            }

            if (_counts.TryUpdate(subject, current + 1, current))
            {
                return true;
            }
        }
    }

    internal void Release(string subject) => _counts.AddOrUpdate(subject, 0, (_, n) => Math.Max(0, n - 1));
}
