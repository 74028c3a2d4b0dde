using CapConduit.Persistence.Clients;

namespace CapConduit.Persistence.Campaigns;

/// <summary>The capped link between a campaign and a client: its place in the order and its caps (PRODUCT.md §4).</summary>
public sealed class CampaignClient
{
    public const int MinWeight = 1;
    public const int MaxWeight = 1000;

    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public Guid ClientId { get; set; }
    public Client? Client { get; set; }
    public LinkStatus Status { get; set; }
    public int MaxConcurrency { get; set; }

    /// <summary>Null means unlimited.</summary>
    public int? TotalCallsAllowed { get; set; }

    /// <summary>Answered calls counted against the total; changed only by routing and the audited reset.</summary>
    public int TotalCallsUsed { get; set; }

    public int Priority { get; set; }
    public int Weight { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
