namespace CapConduit.Api.Calls;

/// <summary>A <see cref="LiveEventFeed"/>'s bounded buffer overflowed: its reader fell too far behind and the feed ended.</summary>
public sealed class LiveEventFeedOverflowException : Exception
{
    public LiveEventFeedOverflowException()
        : base("This subscription fell too far behind the live events and was ended; subscribe again.")
    {
    }

    public LiveEventFeedOverflowException(string message)
        : base(message)
    {
    }

    public LiveEventFeedOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
