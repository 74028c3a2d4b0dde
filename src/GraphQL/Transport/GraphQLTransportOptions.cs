using System.ComponentModel.DataAnnotations;

namespace CapConduit.Api.Transport;

/// <summary>Limits of the GraphQL transport (configuration section <c>GraphQL</c>).</summary>
public sealed class GraphQLTransportOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Largest accepted HTTP request body; larger answers 413.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>Deepest selection nesting accepted by validation.</summary>
    [Range(1, 1000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity (GraphQL.NET's ComplexityOptions.MaxComplexity) accepted by validation.</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>Validated documents kept in memory by query text; 0 turns the cache off.</summary>
    [Range(0, 1_000_000)]
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Longer query texts are never cached.</summary>
    [Range(0, int.MaxValue)]
    public int DocumentCacheMaxQueryLength { get; set; } = 20_000;

    /// <summary>Execution is cancelled and answers a TIMEOUT error after this long.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A WebSocket that sends no connection_init within this time is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Active operations allowed on one WebSocket connection.</summary>
    [Range(1, 10_000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 50;

    /// <summary>Open WebSocket connections allowed per user (by subject claim).</summary>
    [Range(1, 10_000)]
    public int MaxConnectionsPerUser { get; set; } = 10;

    /// <summary>Messages buffered per connection before a slow consumer is closed with 1013.</summary>
    [Range(1, 1_000_000)]
    public int OutboundQueueCapacity { get; set; } = 1024;

    /// <summary>How often a connection's principal is revalidated (and its <c>exp</c> checked).</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After connection_ack the server sends a protocol <c>ping</c> this often; null sends none.</summary>
    public TimeSpan? PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
