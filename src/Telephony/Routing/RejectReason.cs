namespace CapConduit.Telephony.Routing;

/// <summary>Why a call cannot be routed at all (PRODUCT §5.1); <see cref="RejectReasonCodes"/> gives the stable codes.</summary>
public enum RejectReason
{
    DidNotFound,
    DidInactive,
    OwnerInactive,
    NoActiveCampaign,
    NoEligibleClient,
}

public static class RejectReasonCodes
{
    /// <summary>The stable code stored in call records and shown in live events, e.g. "DID_NOT_FOUND".</summary>
    public static string ToCode(this RejectReason reason) => reason switch
    {
        RejectReason.DidNotFound => "DID_NOT_FOUND",
        RejectReason.DidInactive => "DID_INACTIVE",
        RejectReason.OwnerInactive => "OWNER_INACTIVE",
        RejectReason.NoActiveCampaign => "NO_ACTIVE_CAMPAIGN",
        RejectReason.NoEligibleClient => "NO_ELIGIBLE_CLIENT",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
