namespace CapConduit.Persistence.Campaigns;

public enum LinkStatus
{
    Active,
    Inactive,
}
