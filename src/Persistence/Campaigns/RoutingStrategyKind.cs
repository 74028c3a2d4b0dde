namespace CapConduit.Persistence.Campaigns;

public enum RoutingStrategyKind
{
    Priority,
    RoundRobin,
    Weighted,
}
