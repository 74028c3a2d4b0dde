using CapConduit.Testing;

namespace CapConduit.Api.Tests.CallRecords;

public sealed class CallRecordDayBoundaryTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Query = """
        query($filter: CallRecordFilter) {
          callRecords(first: 100, filter: $filter) { nodes { id startedAt } }
          callStats(filter: $filter) { total }
        }
        """;

    [Fact]
    public async Task Whole_days_follow_the_viewers_time_zone_not_utc()
    {
        // New York is UTC-5 in January: 2026-01-15 runs from 05:00Z on the 15th to 05:00Z on the 16th.
        var world = await CallRecordWorld.CreateAsync(postgres, aliceTimeZone: "America/New_York");
        var justBefore = world.NewRecord(world.AliceDid, At("2026-01-15T04:59:59.999Z"));
        var firstMoment = world.NewRecord(world.AliceDid, At("2026-01-15T05:00:00Z"));
        var utcNextDay = world.NewRecord(world.AliceDid, At("2026-01-16T03:00:00Z"));
        var lastMoment = world.NewRecord(world.AliceDid, At("2026-01-16T04:59:59.999Z"));
        var nextDay = world.NewRecord(world.AliceDid, At("2026-01-16T05:00:00Z"));
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        var data = await new GraphQLClient(api, world.Alice)
            .DataAsync(Query, new { filter = new { fromDate = "2026-01-15", toDate = "2026-01-15" } });

        var ids = data["callRecords"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal([lastMoment.Id.ToString(), utcNextDay.Id.ToString(), firstMoment.Id.ToString()], ids);
        Assert.DoesNotContain(justBefore.Id.ToString(), ids);
        Assert.DoesNotContain(nextDay.Id.ToString(), ids);
        Assert.Equal(3, data["callStats"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_day_that_loses_an_hour_to_daylight_saving_is_23_hours_long()
    {
        // Europe/Berlin springs forward on 2026-03-29: the day runs from 23:00Z on the 28th to 22:00Z on the 29th.
        var world = await CallRecordWorld.CreateAsync(postgres, aliceTimeZone: "Europe/Berlin");
        var before = world.NewRecord(world.AliceDid, At("2026-03-28T22:59:59Z"));
        var first = world.NewRecord(world.AliceDid, At("2026-03-28T23:00:00Z"));
        var last = world.NewRecord(world.AliceDid, At("2026-03-29T21:59:59Z"));
        var after = world.NewRecord(world.AliceDid, At("2026-03-29T22:00:00Z"));
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        var data = await new GraphQLClient(api, world.Alice)
            .DataAsync(Query, new { filter = new { fromDate = "2026-03-29", toDate = "2026-03-29" } });

        var ids = data["callRecords"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal([last.Id.ToString(), first.Id.ToString()], ids);
        Assert.DoesNotContain(before.Id.ToString(), ids);
        Assert.DoesNotContain(after.Id.ToString(), ids);
    }

    [Fact]
    public async Task The_same_dates_mean_different_instants_for_a_viewer_in_utc()
    {
        var world = await CallRecordWorld.CreateAsync(postgres, aliceTimeZone: "Asia/Tokyo");
        var lateUtc = world.NewRecord(world.BobDid, At("2026-02-01T23:30:00Z"));
        var earlyUtc = world.NewRecord(world.BobDid, At("2026-02-01T00:30:00Z"));
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        // Bob's account is UTC: 2026-02-01 is the UTC day, which holds both records.
        var data = await new GraphQLClient(api, world.Bob)
            .DataAsync(Query, new { filter = new { fromDate = "2026-02-01", toDate = "2026-02-01" } });

        var ids = data["callRecords"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal([lateUtc.Id.ToString(), earlyUtc.Id.ToString()], ids);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
