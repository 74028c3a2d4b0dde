namespace CapConduit.Persistence.Campaigns;

public enum CampaignStatus
{
    Active,
    Inactive,
    Paused,
}
