using CapConduit.Telephony.CallRecords;
using CapConduit.Telephony.Tests.Calls;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Telephony.Tests.CallRecords;

public sealed class CallRecordWriterTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_record_queued_twice_is_written_once_and_counts_its_answer_once()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        var link = world.Links["alpha"];
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var outbox = app.Services.GetRequiredService<CallRecordOutbox>();
        var started = DateTimeOffset.UtcNow.AddSeconds(-30);
        var record = Answered("replayed-1", started, link.LinkId, link.ClientId, world.CampaignId, world.SellerId, world.Did);

        await outbox.EnqueueAsync(record, default);
        await outbox.EnqueueAsync(record with { Id = Guid.NewGuid() }, default);
        await outbox.EnqueueAsync(Answered("other-1", started, link.LinkId, link.ClientId, world.CampaignId, world.SellerId, world.Did), default);

        await app.WaitForRecordAsync("other-1");
        await Eventually.TrueAsync(async () => await app.ScalarAsync("SELECT count(*) FROM call_records WHERE channel_id IN ('replayed-1', 'other-1')") == 2, "both distinct records are written");
        await Eventually.TrueAsync(async () => await redis.Connection.GetDatabase().StreamLengthAsync(app.Services.GetRequiredService<CallRecordStream>().Key) == 0,
            "every entry, the duplicate included, is acknowledged");
        Assert.Equal(1, await app.RecordCountAsync("replayed-1"));
        Assert.Equal(2, await app.TotalCallsUsedAsync(link.LinkId));
        var row = await app.RecordAsync("replayed-1");
        Assert.Equal(20, row.Record.TalkSeconds);
        Assert.Equal(30, row.Record.DurationSeconds);
        Assert.Single(row.Attempts);
    }

    [Fact]
    public async Task References_deleted_since_the_call_become_null_instead_of_blocking_the_queue()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var outbox = app.Services.GetRequiredService<CallRecordOutbox>();
        var gone = Guid.NewGuid();

        await outbox.EnqueueAsync(Answered("dangling-1", DateTimeOffset.UtcNow.AddSeconds(-5), gone, gone, gone, gone, "+15550000000"), default);

        await app.WaitForRecordAsync("dangling-1");
        var row = await app.RecordAsync("dangling-1");
        Assert.Null(row.Record.LinkId);
        Assert.Null(row.Record.ClientId);
        Assert.Null(row.Record.CampaignId);
        Assert.Null(row.Record.SellerId);
        Assert.Equal("Client", row.Record.ClientName);
    }

    [Fact]
    public async Task A_record_PostgreSQL_refuses_is_parked_and_the_records_around_it_are_still_written()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        var link = world.Links["alpha"];
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var outbox = app.Services.GetRequiredService<CallRecordOutbox>();
        var started = DateTimeOffset.UtcNow.AddSeconds(-30);

        await outbox.EnqueueAsync(Answered("good-before", started, link.LinkId, link.ClientId, world.CampaignId, world.SellerId, world.Did), default);
        await outbox.EnqueueAsync(Answered("refused", started, link.LinkId, link.ClientId, world.CampaignId, world.SellerId, world.Did) with { Disposition = "NOT_A_DISPOSITION" }, default);
        await outbox.EnqueueAsync(Answered("good-after", started, link.LinkId, link.ClientId, world.CampaignId, world.SellerId, world.Did), default);

        await app.WaitForRecordAsync("good-after");
        await app.WaitForRecordAsync("good-before");
        var refused = app.Services.GetRequiredService<CallRecordStream>().Key.Append(":refused");
        await Eventually.TrueAsync(async () => await redis.Connection.GetDatabase().StreamLengthAsync(refused) == 1, "the refused record is parked");
        Assert.Equal(0, await app.RecordCountAsync("refused"));
        Assert.Equal(2, await app.TotalCallsUsedAsync(link.LinkId));
    }

    private static CallRecordMessage Answered(string channelId, DateTimeOffset started, Guid linkId, Guid clientId, Guid campaignId, Guid sellerId, string did) =>
        new(Guid.NewGuid(), channelId, channelId, sellerId, campaignId, null, clientId, linkId, did, "Campaign", "Client",
            "15550000001", null, started, started.AddSeconds(10), started.AddSeconds(30), "ANSWERED", null, 16, "Normal Clearing",
            [new CallAttemptMessage(Guid.NewGuid(), 1, clientId, linkId, "Client", "PJSIP/client", channelId + "-a1",
                started, started.AddSeconds(30), "ANSWERED", 16, "Normal Clearing")]);
}
