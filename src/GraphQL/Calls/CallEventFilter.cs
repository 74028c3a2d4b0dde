using CapConduit.Telephony.LiveEvents;

namespace CapConduit.Api.Calls;

/// <summary>
/// Which live events one subscriber receives: always limited to <see cref="SellerScope"/> when set (sellers see only
/// their own; events without a seller go to staff and admins only), then narrowed by the optional sets.
/// </summary>
public sealed record CallEventFilter(
    Guid? SellerScope,
    IReadOnlySet<Guid>? SellerIds = null,
    IReadOnlySet<Guid>? CampaignIds = null,
    IReadOnlySet<LiveEventType>? Types = null)
{
    public bool Matches(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        if (SellerScope is { } scope && liveEvent.SellerId != scope)
            return false;
        if (SellerIds is not null && (liveEvent.SellerId is not { } seller || !SellerIds.Contains(seller)))
            return false;
        if (CampaignIds is not null && (liveEvent.CampaignId is not { } campaign || !CampaignIds.Contains(campaign)))
            return false;
        return Types is null || Types.Contains(liveEvent.Type);
    }
}
