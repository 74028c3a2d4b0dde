using CapConduit.Telephony.ConfigChanges;
using CapConduit.Telephony.LiveEvents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.Tests.LiveEvents;

internal static class LiveEventTestServices
{
    public static LiveEventChannels Channels(string prefix) =>
        new(Options.Create(new LiveEventsOptions { ChannelPrefix = prefix }));

    public static LiveEventPublisher Publisher(IConnectionMultiplexer redis, string prefix) =>
        new(redis, Channels(prefix), Board(redis, prefix), NullLogger<LiveEventPublisher>.Instance);

    public static LiveCallBoard Board(IConnectionMultiplexer redis, string prefix) =>
        new(redis, Options.Create(new LiveEventsOptions { ChannelPrefix = prefix }), TimeProvider.System, NullLogger<LiveCallBoard>.Instance);

    public static LiveEventSubscriber Subscriber(IConnectionMultiplexer redis, string prefix) =>
        new(redis, Channels(prefix), NullLogger<LiveEventSubscriber>.Instance);

    public static ConfigChangeBus ConfigChanges(IConnectionMultiplexer redis, string prefix) =>
        new(redis, Options.Create(new ConfigChangeOptions { ChannelPrefix = prefix }), NullLogger<ConfigChangeBus>.Instance);
}
