using System.Threading.Channels;
using CapConduit.Telephony.LiveEvents;
using GraphQL;

namespace CapConduit.Api.Calls;

/// <summary>
/// One subscriber's filtered, bounded buffer of live events, exposed as the source stream of a GraphQL subscription.
/// When the buffer overflows the stream ends with a SLOW_SUBSCRIBER error; the hub moves on without waiting.
/// </summary>
public sealed class LiveEventFeed : IObservable<object?>, IDisposable
{
    private readonly LiveEventHub _hub;
    private readonly CallEventFilter _filter;
    private readonly Channel<LiveEvent> _buffer;
    private readonly CancellationTokenSource _detached = new();
    private int _subscribed;

    internal LiveEventFeed(LiveEventHub hub, CallEventFilter filter, int capacity)
    {
        _hub = hub;
        _filter = filter;
        _buffer = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Called by the hub's single reader for every event; never blocks.</summary>
    internal void Offer(LiveEvent liveEvent)
    {
        if (!_filter.Matches(liveEvent) || _buffer.Writer.TryWrite(liveEvent))
            return;
        if (_buffer.Writer.TryComplete(new LiveEventFeedOverflowException()))
        {
            _hub.Detach(this);
            _hub.ReportOverflow();
        }
    }

    /// <summary>Events in order until disposed; throws <see cref="LiveEventFeedOverflowException"/> after an overflow.</summary>
    public IAsyncEnumerable<LiveEvent> ReadAllAsync(CancellationToken cancellationToken) =>
        _buffer.Reader.ReadAllAsync(cancellationToken);

    /// <summary>One observer only (GraphQL.NET subscribes once per operation); it is fed from a task of its own.</summary>
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (Interlocked.Exchange(ref _subscribed, 1) != 0)
            throw new InvalidOperationException("A live event feed takes a single observer.");
        _ = Task.Run(() => FeedAsync(observer), CancellationToken.None);
        return this;
    }

    public void Dispose()
    {
        _hub.Detach(this);
        _buffer.Writer.TryComplete();
        if (!_detached.IsCancellationRequested)
            _detached.Cancel();
    }

    private async Task FeedAsync(IObserver<object?> observer)
    {
        try
        {
            await foreach (var liveEvent in _buffer.Reader.ReadAllAsync(_detached.Token).ConfigureAwait(false))
            {
                observer.OnNext(liveEvent);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (_detached.IsCancellationRequested)
        {
        }
        catch (LiveEventFeedOverflowException ex)
        {
            observer.OnError(new ExecutionError(ex.Message) { Code = CallErrorCodes.SlowSubscriber });
        }
    }
}
