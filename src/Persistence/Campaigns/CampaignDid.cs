using CapConduit.Persistence.Dids;

namespace CapConduit.Persistence.Campaigns;

/// <summary>A DID's membership in a campaign.</summary>
public sealed class CampaignDid
{
    public Guid CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public Guid DidId { get; set; }
    public Did? Did { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
