using CapConduit.Telephony.Caps;

namespace CapConduit.Telephony.Routing;

/// <summary>Optional inputs to a plan.</summary>
/// <param name="LiveCounts">Live counts read from Redis; when given, full links are skipped up front.</param>
/// <param name="Preview">True for routePreview: shared state such as the round-robin cursor is read, not advanced.</param>
public sealed record RoutePlanOptions(IReadOnlyDictionary<Guid, LinkLiveCounts>? LiveCounts = null, bool Preview = false)
{
    public static RoutePlanOptions Default { get; } = new();
}
