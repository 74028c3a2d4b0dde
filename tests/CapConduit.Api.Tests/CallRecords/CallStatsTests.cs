using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.CallRecords;

public sealed class CallStatsTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Query = """
        query($filter: CallRecordFilter) {
          callStats(filter: $filter) {
            total answered answerRate totalTalkSeconds averageTalkSeconds
            byDisposition { disposition count }
          }
        }
        """;

    [Fact]
    public async Task Stats_count_each_disposition_and_talk_time_of_the_viewers_records()
    {
        var world = await CallRecordWorld.CreateAsync(postgres);
        var at = new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.Zero);
        world.NewRecord(world.AliceDid, at, Disposition.Answered, talkSeconds: 60);
        world.NewRecord(world.AliceDid, at.AddMinutes(1), Disposition.Answered, talkSeconds: 90);
        world.NewRecord(world.AliceDid, at.AddMinutes(2), Disposition.Answered, talkSeconds: 15);
        world.NewRecord(world.AliceDid, at.AddMinutes(3), Disposition.Busy);
        world.NewRecord(world.AliceDid, at.AddMinutes(4), Disposition.NoAnswer);
        world.NewRecord(world.AliceDid, at.AddMinutes(5), Disposition.Rejected);
        world.NewRecord(world.BobDid, at.AddMinutes(6), Disposition.Answered, talkSeconds: 1000);
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        var stats = (await new GraphQLClient(api, world.Alice).DataAsync(Query))["callStats"]!;

        Assert.Equal(6, stats["total"]!.GetValue<int>());
        Assert.Equal(3, stats["answered"]!.GetValue<int>());
        Assert.Equal(0.5, stats["answerRate"]!.GetValue<double>(), 6);
        Assert.Equal(165, stats["totalTalkSeconds"]!.GetValue<long>());
        Assert.Equal(55, stats["averageTalkSeconds"]!.GetValue<double>(), 6);
        var counts = stats["byDisposition"]!.AsArray()
            .ToDictionary(d => d!["disposition"]!.GetValue<string>(), d => d!["count"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int>
        {
            ["ANSWERED"] = 3,
            ["NO_ANSWER"] = 1,
            ["BUSY"] = 1,
            ["FAILED"] = 0,
            ["REJECTED"] = 1,
            ["ABANDONED"] = 0,
        }, counts);
    }

    [Fact]
    public async Task Stats_apply_the_same_filters_as_the_list()
    {
        var world = await CallRecordWorld.CreateAsync(postgres);
        var at = new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero);
        world.NewRecord(world.BobDid, at, Disposition.Answered, client: world.Alpha, talkSeconds: 40);
        world.NewRecord(world.BobDid, at.AddMinutes(1), Disposition.Answered, client: world.Beta, talkSeconds: 80);
        world.NewRecord(world.BobDid, at.AddMinutes(2), Disposition.Busy, client: world.Beta);
        world.NewRecord(world.BobDid, at.AddDays(1), Disposition.Answered, client: world.Beta, talkSeconds: 500);
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        var filter = new { sellerId = world.Bob.Id, clientId = world.Beta.Id, toDate = "2026-04-02" };
        var stats = (await new GraphQLClient(api, world.Staff).DataAsync(Query, new { filter }))["callStats"]!;

        Assert.Equal(2, stats["total"]!.GetValue<int>());
        Assert.Equal(1, stats["answered"]!.GetValue<int>());
        Assert.Equal(80, stats["totalTalkSeconds"]!.GetValue<long>());
        Assert.Equal(80, stats["averageTalkSeconds"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task Stats_over_no_records_are_zero_not_an_error()
    {
        var world = await CallRecordWorld.CreateAsync(postgres);
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        var stats = (await new GraphQLClient(api, world.Alice).DataAsync(Query))["callStats"]!;

        Assert.Equal(0, stats["total"]!.GetValue<int>());
        Assert.Equal(0, stats["answerRate"]!.GetValue<double>());
        Assert.Equal(0, stats["averageTalkSeconds"]!.GetValue<double>());
        Assert.All(stats["byDisposition"]!.AsArray(), d => Assert.Equal(0, d!["count"]!.GetValue<int>()));
    }
}
