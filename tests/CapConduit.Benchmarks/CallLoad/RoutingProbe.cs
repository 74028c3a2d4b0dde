using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CapConduit.Telephony;

namespace CapConduit.Benchmarks.CallLoad;

/// <summary>
/// Fake-side timestamps per call (StasisStart written to the WebSocket; originate of its first leg received) and the
/// app's own <c>capconduit.routing.latency</c> histogram, read through a MeterListener.
/// </summary>
internal sealed class RoutingProbe : IDisposable
{
    private readonly ConcurrentDictionary<string, long> _stasisSent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _originated = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _rung = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<double> _appLatencies = new();
    private readonly MeterListener _listener = new();

    public RoutingProbe()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TelephonyMetrics.MeterName && instrument.Name == "capconduit.routing.latency")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _appLatencies.Enqueue(value));
        _listener.Start();
    }

    public void StasisStartSent(string channelId, long timestamp) => _stasisSent[channelId] = timestamp;

    /// <summary>False while the fake's event queue has not yet sent the call's StasisStart (the fake fell behind).</summary>
    public bool StasisStartWasSent(string callId) => _stasisSent.ContainsKey(callId);

    public void RequestReceived(string method, string path, string? channelId, long timestamp)
    {
        if (method != "POST")
            return;
        // The first leg of call X is X-a1 (CallIds.Leg); later legs would be failover, not routing latency.
        if (path == "/ari/channels" && channelId is not null && channelId.EndsWith("-a1", StringComparison.Ordinal))
            _originated.TryAdd(channelId[..^3], timestamp);
        else if (path.StartsWith("/ari/channels/", StringComparison.Ordinal) && path.EndsWith("/ring", StringComparison.Ordinal))
            _rung.TryAdd(path["/ari/channels/".Length..^"/ring".Length], timestamp);
    }

    /// <summary>The two halves of the routing latency in ms: StasisStart sent → ring received → originate received.</summary>
    public (double ToRing, double RingToOriginate)? SplitMs(string callId) =>
        _stasisSent.TryGetValue(callId, out var sent) && _rung.TryGetValue(callId, out var rung) &&
        _originated.TryGetValue(callId, out var originated)
            ? (Stopwatch.GetElapsedTime(sent, rung).TotalMilliseconds, Stopwatch.GetElapsedTime(rung, originated).TotalMilliseconds)
            : null;

    /// <summary>Routing latency of the call in ms, or null when its first originate has not arrived (yet).</summary>
    public double? LatencyMs(string callId) =>
        _stasisSent.TryGetValue(callId, out var sent) && _originated.TryGetValue(callId, out var originated)
            ? Stopwatch.GetElapsedTime(sent, originated).TotalMilliseconds
            : null;

    /// <summary>The app's histogram values recorded since the last call.</summary>
    public double[] DrainAppLatencies()
    {
        var values = new List<double>();
        while (_appLatencies.TryDequeue(out var v))
            values.Add(v);
        return [.. values];
    }

    public void Dispose() => _listener.Dispose();
}
