using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Calls;
using CapConduit.Telephony.Tests.Calls;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Tests.Shutdown;

public sealed class CallLogScopeTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Every_log_line_a_call_writes_carries_its_call_id_in_scope()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await world.AddContactsAsync(postgres.CreateDbContext);
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var logs = new ScopeCapturingLoggerProvider();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        app.Server.SetEndpoint(world.Endpoint("alpha"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromSeconds(2)));
        var live = app.Server.InjectInboundCall(world.Did, "15550600001");
        await app.WaitForBridgedAsync(live);

        // The test host logs warnings and above: a call refused during shutdown writes one (event 3721).
        var stopping = app.Host.StopAsync();
        await Eventually.TrueAsync(() => app.Sessions.IsDraining, "the drain has begun");
        var late = app.Server.InjectInboundCall(world.Did, "15550600002");
        await stopping;

        var refused = Assert.Single(logs.Entries, e => e.EventId == 3721);
        Assert.Equal(late, refused.Scope["CallId"]);
        var callLines = logs.Entries.Where(e => e.Category == typeof(CallSession).FullName).ToList();
        Assert.NotEmpty(callLines);
        Assert.All(callLines, e => Assert.True(e.Scope.ContainsKey("CallId"), $"no CallId in scope: {e.Message}"));
    }
}
