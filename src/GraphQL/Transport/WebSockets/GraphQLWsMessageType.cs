namespace CapConduit.Api.Transport.WebSockets;

/// <summary>Message types of the graphql-transport-ws protocol.</summary>
/// <remarks>https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md</remarks>
public static class GraphQLWsMessageType
{
    public const string SubProtocol = "graphql-transport-ws";
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
