namespace CapConduit.Api.Transport.WebSockets;

/// <summary>Close codes of graphql-transport-ws (PROTOCOL.md) plus the one used for slow consumers.</summary>
public static class GraphQLWsCloseCodes
{
    public const int InvalidMessage = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>
    /// RFC 6455 1013 "Try Again Later": the client did not read fast enough and its outbound buffer overflowed.
    /// A standard code rather than a 44xx one, because the protocol defines none for it and clients treat
    /// 1013 as retryable.
    /// </summary>
    public const int TryAgainLater = 1013;

    /// <summary>Too many open connections for one user; shares 4429 ("too many") with a distinct reason.</summary>
    public const int TooManyConnections = 4429;
}
