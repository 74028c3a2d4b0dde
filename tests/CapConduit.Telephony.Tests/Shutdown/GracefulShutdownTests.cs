using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Tests.Calls;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Shutdown;

public sealed class GracefulShutdownTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Shutdown_waits_for_a_live_call_to_end_and_its_record_is_written_once_before_stop_returns()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await world.AddContactsAsync(postgres.CreateDbContext);
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("alpha"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromSeconds(3)));
        var callId = app.Server.InjectInboundCall(world.Did, "15550700001");
        await app.WaitForBridgedAsync(callId);

        await app.Host.StopAsync();

        // No polling: stopping returned only after the call ended by itself and its record reached PostgreSQL.
        Assert.Equal(0, app.Sessions.Count);
        Assert.Equal(1, await app.RecordCountAsync(callId));
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Answered, row.Record.Disposition);
        Assert.NotEqual(HangupCause.CircuitCongestion, row.Record.HangupCauseCode); // the client hung up, not the deadline
        Assert.Empty(app.Server.LiveChannelIds);
    }

    [Fact]
    public async Task At_the_shutdown_deadline_a_call_still_talking_is_ended_cleanly_with_its_record()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await world.AddContactsAsync(postgres.CreateDbContext);
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot,
            new Dictionary<string, string?> { ["Telephony:ShutdownDeadline"] = "00:00:00.300" });
        app.Server.SetEndpoint(world.Endpoint("alpha"), EndpointBehavior.AnswerAfter(0)); // talks until someone hangs up
        var callId = app.Server.InjectInboundCall(world.Did, "15550700002");
        await app.WaitForBridgedAsync(callId);

        await app.Host.StopAsync();

        Assert.Equal(1, await app.RecordCountAsync(callId));
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Answered, row.Record.Disposition);
        Assert.Equal(HangupCause.CircuitCongestion, row.Record.HangupCauseCode);
        Assert.Empty(app.Server.LiveChannelIds);
        var linkId = world.Links["alpha"].LinkId;
        Assert.Equal(0, (await app.Slots.ReadLiveCountsAsync([linkId], default))[linkId].Live);
    }

    [Fact]
    public async Task A_call_arriving_during_shutdown_is_refused_without_dialing_and_still_gets_a_record()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await world.AddContactsAsync(postgres.CreateDbContext);
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("alpha"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromSeconds(3)));
        var live = app.Server.InjectInboundCall(world.Did, "15550700003");
        await app.WaitForBridgedAsync(live);

        var stopping = app.Host.StopAsync();
        await Eventually.TrueAsync(() => app.Sessions.IsDraining, "the drain has begun");
        var late = app.Server.InjectInboundCall(world.Did, "15550700004");
        await stopping;

        Assert.Equal(1, await app.RecordCountAsync(live));
        Assert.Equal(1, await app.RecordCountAsync(late));
        var row = await app.RecordAsync(late);
        Assert.Equal(Disposition.Rejected, row.Record.Disposition);
        Assert.Equal(RejectReason.CapacityUnavailable, row.Record.RejectReason);
        Assert.Equal(HangupCause.CircuitCongestion, row.Record.HangupCauseCode);
        Assert.Empty(row.Attempts);
        Assert.DoesNotContain(app.Server.RequestLog.Entries, r =>
            Uri.UnescapeDataString(r.Path).Contains($"appArgs=out,{late}", StringComparison.Ordinal));
    }
}
