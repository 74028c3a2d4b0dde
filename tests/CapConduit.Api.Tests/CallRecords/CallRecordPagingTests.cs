using System.Text.Json.Nodes;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.CallRecords;

public sealed class CallRecordPagingTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Forward = """
        query($first: Int, $after: String, $filter: CallRecordFilter) {
          callRecords(first: $first, after: $after, filter: $filter) {
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private const string Backward = """
        query($last: Int, $before: String) {
          callRecords(last: $last, before: $before) {
            nodes { id }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Paging_forward_visits_every_record_once_in_order_even_when_start_times_tie()
    {
        var world = await SeedAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var client = new GraphQLClient(api, world.Staff);

        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var connection = (await client.DataAsync(Forward, new { first = 7, after }))["callRecords"]!;
            var edges = connection["edges"]!.AsArray();
            seen.AddRange(edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
            Assert.Equal(edges.LastOrDefault()?["cursor"]?.GetValue<string>(), connection["pageInfo"]!["endCursor"]?.GetValue<string>());
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                break;
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(CallRecordWorld.NewestFirst(world.Records).Select(r => r.Id.ToString()), seen);
    }

    [Fact]
    public async Task Paging_backward_from_the_end_visits_every_record_once()
    {
        var world = await SeedAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var client = new GraphQLClient(api, world.Alice);

        var seen = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var connection = (await client.DataAsync(Backward, new { last = 6, before }))["callRecords"]!;
            seen.InsertRange(0, connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            if (!connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>())
                break;
            before = connection["pageInfo"]!["startCursor"]!.GetValue<string>();
        }

        var alices = world.Records.Where(r => r.SellerId == world.Alice.Id);
        Assert.Equal(CallRecordWorld.NewestFirst(alices).Select(r => r.Id.ToString()), seen);
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_is_refused_and_a_foreign_cursor_is_bad_input()
    {
        var world = await SeedAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var client = new GraphQLClient(api, world.Admin);

        var tooLarge = await client.PostAsync(Forward, new { first = 101 });
        var badCursor = await client.PostAsync(Forward, new { first = 5, after = "bm90LWEtY3Vyc29y" });

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(tooLarge));
        Assert.Equal("BAD_USER_INPUT", Code(badCursor));
    }

    private static string? Code(JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task<CallRecordWorld> SeedAsync()
    {
        // A fresh set per test: the class database is shared, so each test asks only about its own sellers.
        var world = await CallRecordWorld.CreateAsync(postgres);
        await using (var db = postgres.CreateDbContext())
        {
            // Leave other tests' records out of the staff view by starting from an empty table.
            db.CallRecords.RemoveRange(db.CallRecords);
            await db.SaveChangesAsync();
        }

        var start = new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 40; i++)
        {
            // Groups of four share a start time, so the id tie-break decides the order inside each group.
            world.NewRecord(i % 2 == 0 ? world.AliceDid : world.BobDid, start.AddMinutes(-(i / 4)));
        }

        await world.SaveAsync();
        return world;
    }
}
