using System.Collections.Concurrent;

namespace CapConduit.FakeAsterisk;

/// <summary>Simultaneous originated legs per endpoint: now and at the peak (to check caps held).</summary>
public sealed class PeakLegCounter
{
    private readonly ConcurrentDictionary<string, (int Current, int Peak)> _legs = new(StringComparer.Ordinal);

    public int Current(string endpoint) => _legs.TryGetValue(endpoint, out var v) ? v.Current : 0;

    public int Peak(string endpoint) => _legs.TryGetValue(endpoint, out var v) ? v.Peak : 0;

    public int TotalCurrent => _legs.Values.Sum(v => v.Current);

    internal void LegStarted(string endpoint) =>
        _legs.AddOrUpdate(endpoint, (1, 1), (_, v) => (v.Current + 1, Math.Max(v.Peak, v.Current + 1)));

    internal void LegEnded(string endpoint) =>
        _legs.AddOrUpdate(endpoint, (0, 0), (_, v) => (Math.Max(0, v.Current - 1), v.Peak));

    public void Reset() => _legs.Clear();
}
