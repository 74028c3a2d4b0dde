namespace CapConduit.Api.Calls;

/// <summary>The <c>extensions.code</c> values live call features add to <see cref="Schema.Errors.ErrorCodes"/>.</summary>
public static class CallErrorCodes
{
    /// <summary>A <c>callEvents</c> subscription fell too far behind and was ended; the client should subscribe again.</summary>
    public const string SlowSubscriber = "SLOW_SUBSCRIBER";
}
