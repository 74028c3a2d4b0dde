using System.Text.Json.Nodes;
using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.CallRecords;

public sealed class CallRecordFilterTests(CallRecordFilterTests.Data data, RedisFixture redis)
    : IClassFixture<CallRecordFilterTests.Data>, IClassFixture<RedisFixture>, IAsyncLifetime
{
    private const string ListQuery = """
        query($filter: CallRecordFilter) {
          callRecords(filter: $filter, first: 100) { totalCount nodes { id } }
        }
        """;

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly CallRecordWorld _world = data.World;
    private ApiFactory _api = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(data.Postgres.ConnectionString, redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_seller_sees_only_their_own_records()
    {
        var ids = await ListAsync(_world.Alice, null);

        Assert.Equal(Expected(r => r.SellerId == _world.Alice.Id), ids);
    }

    [Fact]
    public async Task A_seller_may_name_themselves_but_not_another_seller()
    {
        Assert.Equal(Expected(r => r.SellerId == _world.Alice.Id), await ListAsync(_world.Alice, new { sellerId = _world.Alice.Id }));

        var body = await new GraphQLClient(_api, _world.Alice).PostAsync(ListQuery, new { filter = new { sellerId = _world.Bob.Id } });

        Assert.Equal("FORBIDDEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_and_admins_see_every_seller_and_may_filter_by_seller()
    {
        Assert.Equal(Expected(_ => true), await ListAsync(_world.Staff, null));
        Assert.Equal(Expected(r => r.SellerId == _world.Bob.Id), await ListAsync(_world.Staff, new { sellerId = _world.Bob.Id }));
        Assert.Equal(Expected(r => r.SellerId == _world.Alice.Id), await ListAsync(_world.Admin, new { sellerId = _world.Alice.Id }));
    }

    [Fact]
    public async Task Filters_by_campaign_did_and_client()
    {
        Assert.Equal(Expected(r => r.CampaignId == _world.BobCampaign.Id),
            await ListAsync(_world.Admin, new { campaignId = _world.BobCampaign.Id }));
        Assert.Equal(Expected(r => r.DidId == _world.AliceDid.Id), await ListAsync(_world.Admin, new { didId = _world.AliceDid.Id }));
        Assert.Equal(Expected(r => r.ClientId == _world.Beta.Id), await ListAsync(_world.Admin, new { clientId = _world.Beta.Id }));
        Assert.Equal(Expected(r => r.ClientId == _world.Beta.Id && r.SellerId == _world.Alice.Id),
            await ListAsync(_world.Alice, new { clientId = _world.Beta.Id }));
    }

    [Fact]
    public async Task Filters_by_one_or_several_dispositions()
    {
        Assert.Equal(Expected(r => r.Disposition == Disposition.Busy), await ListAsync(_world.Admin, new { dispositions = new[] { "BUSY" } }));
        Assert.Equal(Expected(r => r.Disposition is Disposition.NoAnswer or Disposition.Rejected),
            await ListAsync(_world.Admin, new { dispositions = new[] { "NO_ANSWER", "REJECTED" } }));
        Assert.Empty(await ListAsync(_world.Admin, new { dispositions = Array.Empty<string>() }));
    }

    [Fact]
    public async Task Filters_by_exact_caller_number_or_prefix()
    {
        var one = _world.Records[7].CallerNumber!;
        Assert.Equal(Expected(r => r.CallerNumber == one), await ListAsync(_world.Admin, new { callerNumber = one }));
        Assert.Equal(Expected(r => r.CallerNumber!.StartsWith("+44", StringComparison.Ordinal)),
            await ListAsync(_world.Admin, new { callerNumberPrefix = "+44" }));
        // LIKE wildcards in the prefix are literal characters, not patterns.
        Assert.Empty(await ListAsync(_world.Admin, new { callerNumberPrefix = "+1212_" }));
    }

    [Fact]
    public async Task Filters_by_time_range_with_inclusive_from_and_exclusive_to()
    {
        var from = Start.AddMinutes(-70);
        var to = Start.AddMinutes(-14);

        var ids = await ListAsync(_world.Admin, new { from = from.ToString("O"), to = to.ToString("O") });

        Assert.Equal(Expected(r => r.StartedAt >= from && r.StartedAt < to), ids);
        Assert.Contains(_world.Records.Single(r => r.StartedAt == from).Id.ToString(), ids);
        Assert.DoesNotContain(_world.Records.Single(r => r.StartedAt == to).Id.ToString(), ids);
    }

    [Fact]
    public async Task Combined_filters_all_apply_and_total_count_matches()
    {
        var filter = new { didId = _world.AliceDid.Id, dispositions = new[] { "ANSWERED", "BUSY" }, from = Start.AddHours(-3).ToString("O") };
        var data = await new GraphQLClient(_api, _world.Admin).DataAsync(ListQuery, new { filter });
        var expected = Expected(r => r.DidId == _world.AliceDid.Id && r.Disposition is Disposition.Answered or Disposition.Busy
            && r.StartedAt >= Start.AddHours(-3));

        Assert.Equal(expected, Ids(data));
        Assert.Equal(expected.Count, data["callRecords"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Anonymous_callers_are_refused()
    {
        var body = await new GraphQLClient(_api, null).PostAsync(ListQuery);

        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_single_record_is_visible_to_its_seller_and_staff_only()
    {
        var bobs = _world.Records.First(r => r.SellerId == _world.Bob.Id);
        const string query = "query($id: ID!) { callRecord(id: $id) { id didNumber } }";

        var asAlice = await new GraphQLClient(_api, _world.Alice).DataAsync(query, new { id = bobs.Id });
        var asBob = await new GraphQLClient(_api, _world.Bob).DataAsync(query, new { id = bobs.Id });
        var asStaff = await new GraphQLClient(_api, _world.Staff).DataAsync(query, new { id = bobs.Id });

        Assert.Null(asAlice["callRecord"]);
        Assert.Equal(bobs.Id.ToString(), asBob["callRecord"]!["id"]!.GetValue<string>());
        Assert.Equal(bobs.DidNumber, asStaff["callRecord"]!["didNumber"]!.GetValue<string>());
    }

    private async Task<List<string>> ListAsync(Persistence.Users.User viewer, object? filter) =>
        Ids(await new GraphQLClient(_api, viewer).DataAsync(ListQuery, new { filter }));

    private static List<string> Ids(JsonObject data) =>
        [.. data["callRecords"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    private List<string> Expected(Func<CallRecord, bool> predicate) =>
        [.. CallRecordWorld.NewestFirst(_world.Records.Where(predicate)).Select(r => r.Id.ToString())];

    /// <summary>One database and one set of records for the whole class: the tests only read.</summary>
    public sealed class Data : IAsyncLifetime
    {
        public PostgresFixture Postgres { get; } = new();
        public CallRecordWorld World { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Postgres.InitializeAsync();
            World = await CallRecordWorld.CreateAsync(Postgres);
            var dispositions = Enum.GetValues<Disposition>();
            for (var i = 0; i < 36; i++)
            {
                var did = i % 3 == 0 ? World.BobDid : World.AliceDid;
                World.NewRecord(did, Start.AddMinutes(-7 * i), dispositions[i % dispositions.Length],
                    client: i % 4 == 0 ? World.Beta : World.Alpha,
                    callerNumber: i % 5 == 0 ? "+4420790000" + (i % 10) : "+1212555" + i.ToString("D4"));
            }

            await World.SaveAsync();
        }

        public Task DisposeAsync() => Postgres.DisposeAsync();
    }
}
