namespace CapConduit.Api.Tests.Transport.TestHost;

/// <summary>Emits the items of a sequence, then completes.</summary>
public sealed class SequenceObservable(IReadOnlyList<object?> items) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        foreach (var item in items)
        {
            observer.OnNext(item);
        }

        observer.OnCompleted();
        return new Nothing();
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
