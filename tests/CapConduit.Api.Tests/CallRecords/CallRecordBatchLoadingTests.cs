using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.CallRecords;

public sealed class CallRecordBatchLoadingTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Nested = """
        query($first: Int) {
          callRecords(first: $first) {
            nodes { id campaignName attempts { sequence clientName result } }
          }
        }
        """;

    [Fact]
    public async Task Nested_attempts_cost_the_same_number_of_sql_commands_for_3_or_60_records()
    {
        var world = await CallRecordWorld.CreateAsync(postgres);
        var start = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 60; i++)
            world.NewRecord(world.AliceDid, start.AddMinutes(-i), Disposition.Answered, attempts: 1 + (i % 3));
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var client = new GraphQLClient(api, world.Alice);
        await client.DataAsync(Nested, new { first = 1 }); // warm-up: start-up queries are not part of the count
        using var counter = new SqlCommandCounter(postgres.DatabaseName);

        var small = await client.DataAsync(Nested, new { first = 3 });
        var smallCommands = counter.Commands;
        counter.Reset();
        var large = await client.DataAsync(Nested, new { first = 60 });
        var largeCommands = counter.Commands;

        Assert.Equal(3, small["callRecords"]!["nodes"]!.AsArray().Count);
        var nodes = large["callRecords"]!["nodes"]!.AsArray();
        Assert.Equal(60, nodes.Count);
        Assert.Equal(
            CallRecordWorld.NewestFirst(world.Records).Select(r => r.Attempts.Count),
            nodes.Select(n => n!["attempts"]!.AsArray().Count));
        Assert.Equal([1, 2, 3], nodes.Select(n => n!["attempts"]!.AsArray().Count).Distinct().Order());
        Assert.NotEmpty(smallCommands);
        Assert.Equal(smallCommands.Count, largeCommands.Count);
        Assert.Single(largeCommands, sql => sql.Contains("call_attempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Total_count_runs_a_count_query_only_when_selected()
    {
        var world = await CallRecordWorld.CreateAsync(postgres);
        world.NewRecord(world.BobDid, new DateTimeOffset(2026, 6, 2, 8, 0, 0, TimeSpan.Zero));
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var client = new GraphQLClient(api, world.Bob);
        await client.DataAsync("{ apiVersion }");
        using var counter = new SqlCommandCounter(postgres.DatabaseName);

        await client.DataAsync("{ callRecords(first: 5) { nodes { id } } }");
        var without = counter.Commands;
        counter.Reset();
        var with = await client.DataAsync("{ callRecords(first: 5) { totalCount nodes { id } } }");

        Assert.DoesNotContain(without, sql => sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(counter.Commands, sql => sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, with["callRecords"]!["totalCount"]!.GetValue<int>());
    }
}
