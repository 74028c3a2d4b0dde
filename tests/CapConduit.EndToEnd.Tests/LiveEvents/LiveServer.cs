using System.Net;
using CapConduit.Api.Calls;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.EndToEnd.Tests.LiveEvents;

/// <summary>
/// The real API on Kestrel at 127.0.0.1 on a free port, so processes outside the test (Node) can open real sockets
/// to it; its live events use a Redis prefix of its own.
/// </summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    private readonly string _postgres;
    private readonly string _redis;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public LiveServer(string postgres, string redis, IReadOnlyDictionary<string, string?> settings)
    {
        _postgres = postgres;
        _redis = redis;
        _settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public string Prefix { get; } = RedisFixture.NewKeyPrefix();

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUri => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public Uri GraphQLWebSocketUri => new UriBuilder(BaseUri) { Scheme = "ws", Path = "/graphql" }.Uri;

    public LiveEventPublisher Publisher => Services.GetRequiredService<LiveEventPublisher>();

    public int AttachedSubscribers => Services.GetRequiredService<LiveEventHub>().SubscriberCount;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", _redis);
        builder.UseSetting("Jwt:SigningKey", "capconduit-e2e-signing-key-0123456789abcdef");
        builder.UseSetting("Ari:Password", "test-ari-password");
        builder.UseSetting("Redis:KeyPrefix", Prefix);
        builder.UseSetting("LiveEvents:ChannelPrefix", Prefix);
        builder.UseSetting("Caps:KeyPrefix", Prefix);
        builder.UseSetting("ConfigChanges:ChannelPrefix", Prefix);
        builder.UseSetting("CallRecords:ConsumerName", "e2e-" + Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }
}
