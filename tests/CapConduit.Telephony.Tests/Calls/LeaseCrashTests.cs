using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Telephony.Caps;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class LeaseCrashTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private static readonly Dictionary<string, string?> ShortLeases = new()
    {
        ["Caps:LeaseTtl"] = "00:00:01",
        ["Caps:RenewInterval"] = "00:00:00.250",
    };

    [Fact]
    public async Task Slot_of_an_instance_that_crashed_mid_call_frees_itself_after_the_lease_ttl()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("solo", MaxConcurrency: 1));
        var link = world.Links["solo"].LinkId;
        var prefix = RedisFixture.NewKeyPrefix();
        await using var server = new FakeAriServer(CallFlowHost.NewFakeOptions());
        await server.StartAsync();
        server.SetEndpoint(world.Endpoint("solo"), EndpointBehavior.AnswerAfter());

        var crashed = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, prefix, world.Snapshot, ShortLeases, server);
        var first = server.InjectInboundCall(world.Did, "15550500001");
        await crashed.WaitForBridgedAsync(first);
        // Renewal keeps the slot well past its TTL while the instance lives.
        var renewer = crashed.Services.GetRequiredService<LeaseRenewer>();
        await Eventually.TrueAsync(() => renewer.CompletedRounds >= 6, "leases were renewed for more than a TTL");
        Assert.Equal(1, (await crashed.Slots.ReadLiveCountsAsync([link], default))[link].Live);

        // The instance dies: nothing is hung up or released, and nobody renews its lease any more.
        await crashed.DisposeAsync();

        var store = new SlotStore(redis.Connection, Options.Create(new CapsOptions { KeyPrefix = prefix }), NullLogger<SlotStore>.Instance);
        await Eventually.TrueAsync(async () => (await store.ReadLiveCountsAsync([link], default))[link].Live == 0,
            "the crashed instance's lease expires", TimeSpan.FromSeconds(5));

        await using var survivor = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, prefix, world.Snapshot, ShortLeases, server);
        var second = server.InjectInboundCall(world.Did, "15550500002");
        await survivor.WaitForBridgedAsync(second);
        server.HangUpCaller(second);
        await survivor.WaitForRecordAsync(second);
        Assert.Equal(Disposition.Answered, (await survivor.RecordAsync(second)).Record.Disposition);
    }
}
