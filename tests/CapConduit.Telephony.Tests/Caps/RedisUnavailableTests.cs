using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class RedisUnavailableTests : IAsyncLifetime
{
    // Port 1 on loopback: nothing listens, so every command fails the way an outage does.
    private const string ClosedPort = "127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=500,asyncTimeout=500,connectRetry=0";
    private ConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(ClosedPort);

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Acquire_fails_with_a_transient_error_naming_the_redis_configuration()
    {
        var store = CapsTestStores.Store(_redis, "down:");

        var error = await Assert.ThrowsAsync<CapStoreUnavailableException>(() =>
            store.TryAcquireAsync(CapsTestStores.Request(Guid.NewGuid(), "call", 5), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Empty(store.HeldLeases);
    }

    [Fact]
    public async Task Round_robin_cursor_fails_with_the_same_transient_error()
    {
        var cursor = new RoundRobinCursor(_redis, CapsTestStores.Options("down:"));

        await Assert.ThrowsAsync<CapStoreUnavailableException>(() => cursor.NextAsync(Guid.NewGuid(), 0, CancellationToken.None));
    }

    [Fact]
    public async Task Live_event_publishing_reports_failure_instead_of_throwing()
    {
        var channels = new LiveEventChannels(Options.Create(new LiveEventsOptions { ChannelPrefix = "down:" }));
        var board = new LiveCallBoard(_redis, Options.Create(new LiveEventsOptions { ChannelPrefix = "down:" }), TimeProvider.System, NullLogger<LiveCallBoard>.Instance);
        var publisher = new LiveEventPublisher(_redis, channels, board, NullLogger<LiveEventPublisher>.Instance);

        var published = await publisher.PublishAsync(
            new LiveEvent(LiveEventType.CallStarted, "call", DateTimeOffset.UnixEpoch, null, null, null, "+1555", null, null, null),
            CancellationToken.None);

        Assert.False(published);
    }
}
