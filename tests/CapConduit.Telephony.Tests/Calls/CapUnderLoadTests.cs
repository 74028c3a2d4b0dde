using CapConduit.FakeAsterisk;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class CapUnderLoadTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Five_hundred_simultaneous_calls_never_put_more_than_five_legs_on_a_link_capped_at_five()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("capped", MaxConcurrency: 5));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var endpoint = world.Endpoint("capped");
        app.Server.SetEndpoint(endpoint, EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(100), ringMs: 20));

        var calls = Enumerable.Range(0, 500).AsParallel().Select(i => app.Server.InjectInboundCall(world.Did, $"1555020{i:0000}")).ToList();

        await Eventually.TrueAsync(async () => await app.ScalarAsync("SELECT count(*) FROM call_records WHERE campaign_id = @c", ("c", world.CampaignId)) == 500,
            "all 500 calls are recorded", TimeSpan.FromSeconds(90));
        Assert.InRange(app.Server.PeakLegs.Peak(endpoint), 1, 5);
        var answered = await app.ScalarAsync("SELECT count(*) FROM call_records WHERE disposition = 'ANSWERED' AND campaign_id = @c", ("c", world.CampaignId));
        var rejected = await app.ScalarAsync("SELECT count(*) FROM call_records WHERE disposition = 'REJECTED' AND reject_reason = 'NO_ELIGIBLE_CLIENT' AND campaign_id = @c", ("c", world.CampaignId));
        Assert.True(answered >= 5, $"at least the first five calls are answered (answered {answered})");
        Assert.Equal(500, answered + rejected);
        Assert.Equal(answered, await app.TotalCallsUsedAsync(world.Links["capped"].LinkId));
        Assert.Equal(500, calls.Distinct().Count());
    }

    [Fact]
    public async Task Three_hundred_calls_against_a_total_of_one_hundred_answer_exactly_one_hundred()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("budget", MaxConcurrency: 300, TotalAllowed: 100));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var link = world.Links["budget"].LinkId;
        app.Server.SetEndpoint(world.Endpoint("budget"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(50)));

        _ = Enumerable.Range(0, 300).AsParallel().Select(i => app.Server.InjectInboundCall(world.Did, $"1555030{i:0000}")).ToList();

        await Eventually.TrueAsync(async () => await app.ScalarAsync("SELECT count(*) FROM call_records WHERE campaign_id = @c", ("c", world.CampaignId)) == 300,
            "all 300 calls are recorded", TimeSpan.FromSeconds(90));
        Assert.Equal(100, await app.ScalarAsync("SELECT count(*) FROM call_records WHERE disposition = 'ANSWERED' AND link_id = @l", ("l", link)));
        Assert.Equal(200, await app.ScalarAsync("SELECT count(*) FROM call_records WHERE disposition = 'REJECTED' AND campaign_id = @c", ("c", world.CampaignId)));
        Assert.Equal(100, await app.TotalCallsUsedAsync(link));
        var counts = await app.Slots.ReadLiveCountsAsync([link], default);
        Assert.Equal(100, counts[link].TotalUsed);
    }
}
