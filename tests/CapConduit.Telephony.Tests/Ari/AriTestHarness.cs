using System.Collections.Concurrent;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;

namespace CapConduit.Telephony.Tests.Ari;

/// <summary>A started fake ARI server, a client for it and (optionally) a running event stream.</summary>
public sealed class AriTestHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _streamTask;

    private AriTestHarness(FakeAriServer server, AriOptions options)
    {
        Server = server;
        Options = options;
        Client = new AriClient(new HttpClient(), options);
    }

    public FakeAriServer Server { get; }
    public AriOptions Options { get; }
    public AriClient Client { get; }
    public AriEventStream? Stream { get; private set; }
    public ConcurrentQueue<AriEvent> Received { get; } = new();
    public int ConnectedCount => Volatile.Read(ref _connected);
    private int _connected;

    public static async Task<AriTestHarness> StartAsync(FakeAriOptions? fakeOptions = null, bool stream = true)
    {
        var server = new FakeAriServer(fakeOptions);
        await server.StartAsync();
        var options = new AriOptions
        {
            Url = server.Url,
            User = server.Options.User,
            Password = server.Options.Password,
            App = server.Options.App,
            ReconnectInitialDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
        };
        var harness = new AriTestHarness(server, options);
        if (stream)
            await harness.StartStreamAsync();
        return harness;
    }

    private async Task StartStreamAsync()
    {
        Stream = new AriEventStream(Options, e =>
        {
            Received.Enqueue(e);
            return ValueTask.CompletedTask;
        });
        Stream.Connected += (_, _) =>
        {
            Interlocked.Increment(ref _connected);
            return ValueTask.CompletedTask;
        };
        _streamTask = Stream.RunAsync(_stop.Token);
        await Testing.Eventually.TrueAsync(() => Server.WebSocketCount > 0, "the event stream connects");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_streamTask is not null)
            await _streamTask;
        await Server.DisposeAsync();
        _stop.Dispose();
    }
}
