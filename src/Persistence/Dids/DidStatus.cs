namespace CapConduit.Persistence.Dids;

public enum DidStatus
{
    Active,
    Inactive,
}
