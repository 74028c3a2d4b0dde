using System.Net;
using CapConduit.FakeAsterisk.Routes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapConduit.FakeAsterisk;

/// <summary>
/// A scriptable Asterisk 22 ARI server on 127.0.0.1 (random port) that behaves as the recorded traces
/// in shared/ari-traces show: REST resources under /ari and the events WebSocket.
/// </summary>
public sealed partial class FakeAriServer : IAsyncDisposable
{
    private readonly EventHub _hub = new();
    private readonly AsteriskSimulator _simulator;
    private readonly Random _random;
    private WebApplication? _app;

    public FakeAriServer(FakeAriOptions? options = null)
    {
        Options = options ?? new FakeAriOptions();
        _simulator = new AsteriskSimulator(Options, _hub, PeakLegs);
        _random = new Random(Options.Seed);
    }

    public FakeAriOptions Options { get; }

    /// <summary>The HTTP base, e.g. http://127.0.0.1:41234 (ARI lives under /ari).</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public RequestLog RequestLog { get; } = new();

    public PeakLegCounter PeakLegs { get; } = new();

    /// <summary>Every event JSON the fake produced, in order (also when no WebSocket was open).</summary>
    public IReadOnlyList<string> EmittedEvents => _hub.Emitted;

    public int WebSocketCount => _hub.ConnectionCount;

    /// <summary>Events that have gone out on the WebSocket so far.</summary>
    public long EventsSent => _hub.SentCount;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, Options.Port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.Use(BasicAuth.Check(Options, RequestLog));
        if (Options.RequestReceived is { } received)
        {
            app.Use((http, next) =>
            {
                received(http.Request.Method, http.Request.Path.Value ?? "",
                    http.Request.Query.TryGetValue("channelId", out var id) && id.Count > 0 ? id[0] : null,
                    System.Diagnostics.Stopwatch.GetTimestamp());
                return next(http);
            });
        }
        var context = new RouteContext(_simulator, _hub, Options, RequestLog, NextReplyFirst);
        app.MapChannelRoutes(context);
        app.MapBridgeRoutes(context);
        app.MapApplicationAndAsteriskRoutes(context);
        app.MapEventsWebSocket(context);
        app.MapFallback((Microsoft.AspNetCore.Http.HttpContext http) =>
            context.WriteAsync(http, SimReply.Error(404, "Resource not found")));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        Url = new Uri(address);
        _app = app;
    }

    private bool NextReplyFirst() => Options.ReplyOrder switch
    {
        ReplyOrder.ReplyFirst => true,
        ReplyOrder.Random => NextRandom() < 0.5,
        _ => false,
    };

    private double NextRandom()
    {
        lock (_random)
            return _random.NextDouble();
    }

    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync().ConfigureAwait(false);
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
