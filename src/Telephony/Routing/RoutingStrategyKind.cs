namespace CapConduit.Telephony.Routing;

/// <summary>How a campaign orders its eligible links (PRODUCT §5.3).</summary>
public enum RoutingStrategyKind
{
    Priority,
    RoundRobin,
    Weighted,
}
