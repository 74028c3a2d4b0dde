using CapConduit.Api.Auth;
using CapConduit.Api.Calls;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Tests.LiveEvents;

/// <summary>
/// An in-process API whose live event channel, live call board and cap keys use a prefix of their own, so parallel
/// tests (and other helpers' runs) on the shared Redis never see each other's events.
/// </summary>
public sealed class LiveEventsHost : IAsyncDisposable
{
    private LiveEventsHost(ApiFactory api, string prefix)
    {
        Api = api;
        Prefix = prefix;
    }

    public ApiFactory Api { get; }

    public string Prefix { get; }

    public LiveEventPublisher Publisher => Api.Services.GetRequiredService<LiveEventPublisher>();

    public static LiveEventsHost Start(
        PostgresFixture postgres, RedisFixture redis, string? prefix = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        prefix ??= RedisFixture.NewKeyPrefix();
        var all = new Dictionary<string, string?>
        {
            ["LiveEvents:ChannelPrefix"] = prefix,
            ["Caps:KeyPrefix"] = prefix,
            ["GraphQL:PingInterval"] = null,
            ["Telephony:Enabled"] = "false", // no Asterisk here; events are published directly
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var host = new LiveEventsHost(TestApi.Create(postgres, redis, all), prefix);
        _ = host.Api.Server; // starts the host
        return host;
    }

    /// <summary>An access token for <paramref name="user"/>, minted by the server's own token service.</summary>
    public string TokenFor(User user) => Api.Services.GetRequiredService<TokenService>().CreateAccessToken(user).Token;

    /// <summary>A token issued as if <paramref name="issuedAgo"/> ago (so it expires that much sooner).</summary>
    public string TokenIssuedAgo(User user, TimeSpan issuedAgo) =>
        new TokenService(Api.Services.GetRequiredService<IOptions<JwtOptions>>(), new ShiftedTime(-issuedAgo))
            .CreateAccessToken(user).Token;

    public async Task<LiveWsClient> ConnectAsync(User user) => await LiveWsClient.ConnectAndInitAsync(Api, TokenFor(user));

    /// <summary>Waits until this instance's hub has <paramref name="count"/> subscribers attached.</summary>
    public Task SubscribersAttachedAsync(int count) =>
        Eventually.TrueAsync(() => Api.Services.GetRequiredService<LiveEventHub>().SubscriberCount == count, $"{count} subscribers attached");

    public ValueTask DisposeAsync() => Api.DisposeAsync();

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
