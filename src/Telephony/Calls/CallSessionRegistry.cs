using System.Collections.Concurrent;

namespace CapConduit.Telephony.Calls;

/// <summary>Live sessions by call id (the inbound channel id).</summary>
public sealed class CallSessionRegistry
{
    private readonly ConcurrentDictionary<string, CallSession> _sessions = new(StringComparer.Ordinal);
    private bool _draining;

    public int Count => _sessions.Count;

    /// <summary>Set once shutdown began: new inbound calls are refused instead of routed (see <c>Stasis.CallDrain</c>).</summary>
    public bool IsDraining => Volatile.Read(ref _draining);

    internal void BeginDraining() => Volatile.Write(ref _draining, true);

    public IReadOnlyCollection<CallSession> Sessions => _sessions.Values.ToArray();

    public bool TryGet(string callId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CallSession? session) =>
        _sessions.TryGetValue(callId, out session);

    public bool Contains(string callId) => _sessions.ContainsKey(callId);

    /// <summary>Returns the call's session, creating (and starting) it when the call is new.</summary>
    public CallSession GetOrAdd(string callId, Func<string, CallSession> create)
    {
        if (_sessions.TryGetValue(callId, out var existing))
            return existing;
        var created = create(callId);
        if (_sessions.TryAdd(callId, created))
        {
            created.Start();
            return created;
        }
        return _sessions[callId];
    }

    internal void Remove(CallSession session) => _sessions.TryRemove(new KeyValuePair<string, CallSession>(session.CallId, session));
}
