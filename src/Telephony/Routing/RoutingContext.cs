namespace CapConduit.Telephony.Routing;

/// <summary>What a strategy may know about the call it orders links for.</summary>
public sealed record RoutingContext(RoutingCampaign Campaign, bool Preview);
