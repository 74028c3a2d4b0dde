using System.Diagnostics.Metrics;

namespace CapConduit.Telephony;

/// <summary>The one Meter of the telephony project ("CapConduit.Telephony"); the API exposes it at /metrics.</summary>
public sealed class TelephonyMetrics : IDisposable
{
    public const string MeterName = "CapConduit.Telephony";

    private readonly Meter _meter;
    private readonly Counter<long> _callsStarted;
    private readonly Counter<long> _callsAnswered;
    private readonly Counter<long> _callsRejected;
    private readonly Counter<long> _attempts;
    private readonly Counter<long> _ariReconnects;
    private readonly Histogram<double> _routingLatency;
    private long _queuedEvents;
    private Func<long> _liveCalls = () => 0;
    private Func<long> _callRecordQueueDepth = () => 0;

    public TelephonyMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _callsStarted = _meter.CreateCounter<long>("capconduit.calls.started", "{call}", "Inbound calls that entered Stasis.");
        _callsAnswered = _meter.CreateCounter<long>("capconduit.calls.answered", "{call}", "Calls a client answered.");
        _callsRejected = _meter.CreateCounter<long>("capconduit.calls.rejected", "{call}", "Calls refused before any dial, by reason.");
        _attempts = _meter.CreateCounter<long>("capconduit.attempts", "{attempt}", "Dial attempts by outcome.");
        _ariReconnects = _meter.CreateCounter<long>("capconduit.ari.reconnects", "{reconnect}", "ARI event stream reconnects.");
        _routingLatency = _meter.CreateHistogram<double>("capconduit.routing.latency", "ms",
            "From StasisStart received to the first originate request sent.");
        _meter.CreateObservableGauge("capconduit.calls.live", () => _liveCalls(), "{call}", "Calls in progress on this instance.");
        _meter.CreateObservableGauge("capconduit.ari.queued_events", () => Interlocked.Read(ref _queuedEvents), "{event}",
            "ARI events waiting in per-call mailboxes.");
        _meter.CreateObservableGauge("capconduit.call_records.queue_depth", () => _callRecordQueueDepth(), "{record}",
            "Call records not yet written to PostgreSQL (stream plus in-memory retry).");
    }

    public long QueuedEvents => Interlocked.Read(ref _queuedEvents);

    public void CallStarted() => _callsStarted.Add(1);

    public void CallAnswered() => _callsAnswered.Add(1);

    public void CallRejected(string reason) => _callsRejected.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void AttemptEnded(string outcome) => _attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void AriReconnected() => _ariReconnects.Add(1);

    public void RoutingLatency(TimeSpan elapsed) => _routingLatency.Record(elapsed.TotalMilliseconds);

    public void EventQueued() => Interlocked.Increment(ref _queuedEvents);

    public void EventDequeued() => Interlocked.Decrement(ref _queuedEvents);

    /// <summary>Wires the gauges to their sources (called once at composition).</summary>
    public void Observe(Func<long> liveCalls, Func<long> callRecordQueueDepth)
    {
        _liveCalls = liveCalls;
        _callRecordQueueDepth = callRecordQueueDepth;
    }

    public void Dispose() => _meter.Dispose();
}
