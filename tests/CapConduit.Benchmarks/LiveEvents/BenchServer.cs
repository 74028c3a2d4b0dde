using System.Net;
using CapConduit.Api.Calls;
using CapConduit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapConduit.Benchmarks.LiveEvents;

/// <summary>The real API on Kestrel at 127.0.0.1 (free port), with its own Redis prefix and quiet logging.</summary>
internal sealed class BenchServer : WebApplicationFactory<Program>
{
    private readonly string _postgres;
    private readonly string _redis;
    private readonly int _connectionsPerUser;

    public BenchServer(string postgres, string redis, int connectionsPerUser)
    {
        _postgres = postgres;
        _redis = redis;
        _connectionsPerUser = connectionsPerUser;
        // A console app has no test manifest telling WebApplicationFactory where the API's content root is.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CAPCONDUIT_API", AppContext.BaseDirectory);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public string Prefix { get; } = RedisFixture.NewKeyPrefix();

    public Uri WebSocketUri => new UriBuilder(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
    {
        Scheme = "ws",
        Path = "/graphql",
    }.Uri;

    public int AttachedSubscribers => Services.GetRequiredService<LiveEventHub>().SubscriberCount;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", _redis);
        builder.UseSetting("Jwt:SigningKey", "capconduit-bench-signing-key-0123456789abcdef");
        builder.UseSetting("Ari:Password", "bench-ari-password");
        builder.UseSetting("Redis:KeyPrefix", Prefix);
        builder.UseSetting("LiveEvents:ChannelPrefix", Prefix);
        builder.UseSetting("Caps:KeyPrefix", Prefix);
        builder.UseSetting("Telephony:Enabled", "false");
        builder.UseSetting("GraphQL:MaxConnectionsPerUser", _connectionsPerUser.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
