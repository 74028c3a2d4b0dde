using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Tests.Calls;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Stasis;

public sealed class TelephonyMetricsTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Calls_attempts_rejections_and_routing_latency_are_measured()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5,
            new TestClient("busy", Priority: 0), new TestClient("answer", Priority: 1));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("busy"), EndpointBehavior.Busy());
        app.Server.SetEndpoint(world.Endpoint("answer"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(50)));
        var measured = new ConcurrentQueue<(string Name, double Value, string? Tag)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TelephonyMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, app.Services.GetService(typeof(System.Diagnostics.Metrics.IMeterFactory))))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measured.Enqueue((i.Name, v, tags.Length > 0 ? tags[0].Value?.ToString() : null)));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measured.Enqueue((i.Name, v, null)));
        listener.Start();

        var answered = app.Server.InjectInboundCall(world.Did, "15550900001");
        var rejected = app.Server.InjectInboundCall("+19995550001", "15550900002");
        await app.WaitForRecordAsync(answered);
        await app.WaitForRecordAsync(rejected);

        Assert.Equal(2, measured.Count(m => m.Name == "capconduit.calls.started"));
        Assert.Single(measured, m => m.Name == "capconduit.calls.answered");
        Assert.Single(measured, m => m.Name == "capconduit.calls.rejected" && m.Tag == "DID_NOT_FOUND");
        Assert.Single(measured, m => m.Name == "capconduit.attempts" && m.Tag == "Busy");
        Assert.Single(measured, m => m.Name == "capconduit.attempts" && m.Tag == "Answered");
        Assert.Single(measured, m => m.Name == "capconduit.routing.latency");
        listener.RecordObservableInstruments();
        Assert.Contains(measured, m => m.Name == "capconduit.calls.live" && m.Value == 0);
    }
}
