namespace CapConduit.Api.Tests.Transport.TestHost;

/// <summary>A broadcast source shared by every subscriber of <c>events</c>; publishing never waits for a subscriber.</summary>
public sealed class EventHub
{
    private readonly Lock _gate = new();
    private readonly List<IObserver<object?>> _observers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _observers.Count;
            }
        }
    }

    public void Publish(string value)
    {
        IObserver<object?>[] observers;
        lock (_gate)
        {
            observers = [.. _observers];
        }

        foreach (var o in observers)
        {
            o.OnNext(value);
        }
    }

    public IObservable<object?> AsObservable() => new HubObservable(this);

    private sealed class HubObservable(EventHub hub) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            lock (hub._gate)
            {
                hub._observers.Add(observer);
            }

            return new Unsubscriber(hub, observer);
        }
    }

    private sealed class Unsubscriber(EventHub hub, IObserver<object?> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (hub._gate)
            {
                hub._observers.Remove(observer);
            }
        }
    }
}
