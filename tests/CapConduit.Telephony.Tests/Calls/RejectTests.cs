using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Telephony.Routing;
using CapConduit.Testing;
using RejectReason = CapConduit.Persistence.CallRecords.RejectReason;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class RejectTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Theory]
    [InlineData(RejectReason.DidNotFound, 1)]
    [InlineData(RejectReason.DidInactive, 1)]
    [InlineData(RejectReason.OwnerInactive, 21)]
    [InlineData(RejectReason.NoActiveCampaign, 21)]
    [InlineData(RejectReason.NoEligibleClient, 34)]
    public async Task Unroutable_call_is_hung_up_with_a_fitting_cause_and_recorded_rejected_with_its_reason(RejectReason reason, int cause)
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        var did = world.Snapshot.Dids.Single();
        var snapshot = reason switch
        {
            RejectReason.DidNotFound => RoutingSnapshot.Empty,
            RejectReason.DidInactive => new RoutingSnapshot([did with { IsActive = false }], DateTimeOffset.UtcNow),
            RejectReason.OwnerInactive => new RoutingSnapshot([did with { OwnerActive = false }], DateTimeOffset.UtcNow),
            RejectReason.NoActiveCampaign => new RoutingSnapshot([did with { ActiveCampaign = null }], DateTimeOffset.UtcNow),
            _ => new RoutingSnapshot([did with
            {
                ActiveCampaign = did.ActiveCampaign! with { Links = [did.ActiveCampaign.Links[0] with { LinkActive = false }] },
            }], DateTimeOffset.UtcNow),
        };
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), snapshot);
        app.Server.SetEndpoint(world.Endpoint("alpha"), EndpointBehavior.AnswerAfter());

        var callId = app.Server.InjectInboundCall(world.Did, "15550100006");

        await app.WaitForRecordAsync(callId);
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Rejected, row.Record.Disposition);
        Assert.Equal(Persistence.Conventions.EnumText<RejectReason>.Format(reason), Persistence.Conventions.EnumText<Persistence.CallRecords.RejectReason>.Format(row.Record.RejectReason!.Value));
        Assert.Equal(cause, row.Record.HangupCauseCode);
        Assert.Equal(world.Did, row.Record.DidNumber);
        Assert.Empty(row.Attempts);
        Assert.Contains(app.Server.RequestLog.Entries, r => r.Method == "DELETE" && r.Path == $"/ari/channels/{callId}?reason_code={cause}" && r.Status == 204);
        Assert.Equal(0, app.Server.PeakLegs.Peak(world.Endpoint("alpha")));
    }

    [Fact]
    public async Task Full_link_is_skipped_and_with_no_link_left_the_call_is_rejected_no_eligible_client()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("one", MaxConcurrency: 1));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var endpoint = world.Endpoint("one");
        app.Server.SetEndpoint(endpoint, EndpointBehavior.RingForever());
        var first = app.Server.InjectInboundCall(world.Did, "15550100007");
        await Eventually.TrueAsync(() => app.Server.PeakLegs.Current(endpoint) == 1, "the first call rings the only slot");

        var second = app.Server.InjectInboundCall(world.Did, "15550100008");

        await app.WaitForRecordAsync(second);
        var row = await app.RecordAsync(second);
        Assert.Equal(Disposition.Rejected, row.Record.Disposition);
        Assert.Equal(Persistence.CallRecords.RejectReason.NoEligibleClient, row.Record.RejectReason);
        Assert.Equal(1, app.Server.PeakLegs.Peak(endpoint));
        app.Server.HangUpCaller(first);
        await app.WaitForRecordAsync(first);
    }
}
