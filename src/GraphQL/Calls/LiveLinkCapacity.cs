namespace CapConduit.Api.Calls;

/// <summary>One campaign-client link's live load against its caps.</summary>
public sealed record LiveLinkCapacity(
    Guid LinkId,
    Guid CampaignId,
    string CampaignName,
    Guid ClientId,
    string ClientName,
    string Status,
    int LiveCalls,
    int PendingCalls,
    int MaxConcurrency,
    long TotalCallsUsed,
    int? TotalCallsAllowed);
