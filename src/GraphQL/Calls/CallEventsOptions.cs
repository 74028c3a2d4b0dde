using System.ComponentModel.DataAnnotations;

namespace CapConduit.Api.Calls;

/// <summary>Configuration section <c>CallEvents</c>: delivery of live call events to GraphQL subscribers.</summary>
public sealed class CallEventsOptions
{
    public const string SectionName = "CallEvents";

    /// <summary>
    /// Events buffered per subscription. A subscriber that falls this far behind gets a SLOW_SUBSCRIBER error and
    /// its subscription ends, so it never delays the others or grows memory without bound.
    /// </summary>
    [Range(1, 1_000_000)]
    public int SubscriberBufferCapacity { get; set; } = 1024;
}
