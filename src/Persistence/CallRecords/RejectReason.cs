namespace CapConduit.Persistence.CallRecords;

/// <summary>Why routing refused a call before dialing anyone (PRODUCT.md §5.1).</summary>
public enum RejectReason
{
    DidNotFound,
    DidInactive,
    OwnerInactive,
    NoActiveCampaign,
    NoEligibleClient,
    CapacityUnavailable,
}
