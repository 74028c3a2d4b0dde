using CapConduit.Persistence.Users;

namespace CapConduit.Persistence.Campaigns;

/// <summary>A seller's group of DIDs routed to a set of clients by one strategy (PRODUCT.md §4).</summary>
public sealed class Campaign
{
    public const int MinDialTimeoutSeconds = 1;
    public const int MaxDialTimeoutSeconds = 300;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public User? Owner { get; set; }
    public string Name { get; set; } = "";
    public CampaignStatus Status { get; set; }
    public RoutingStrategyKind RoutingStrategy { get; set; }
    public int DialTimeoutSeconds { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CampaignDid> Dids { get; set; } = [];
    public List<CampaignClient> Links { get; set; } = [];
}
