using System.Collections.Concurrent;

namespace CapConduit.FakeAsterisk;

/// <summary>One REST request the fake answered, in the traces' terms.</summary>
/// <param name="Path">Path and query exactly as received, e.g. /ari/channels?endpoint=PJSIP%2Fx.</param>
/// <param name="EventsSentBeforeReply">How many events had gone out on the WebSocket when the reply was written.</param>
public sealed record LoggedRequest(string Method, string Path, int Status, string? ResponseBody,
    long EventsSentBeforeReply = 0);

/// <summary>Every REST request, in arrival order of completion.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<LoggedRequest> _entries = new();

    public IReadOnlyList<LoggedRequest> Entries => _entries.ToArray();

    internal void Add(LoggedRequest entry) => _entries.Enqueue(entry);

    public void Clear() => _entries.Clear();
}
