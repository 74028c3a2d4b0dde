namespace CapConduit.Telephony.Routing;

/// <summary>A DID, its owner's state, and the campaign that is active on it (null when none is).</summary>
/// <param name="Number">E.164 with the leading '+'.</param>
public sealed record RoutingDid(
    Guid Id,
    string Number,
    bool IsActive,
    Guid OwnerId,
    bool OwnerActive,
    RoutingCampaign? ActiveCampaign);
