namespace CapConduit.Persistence.Clients;

public enum ClientStatus
{
    Active,
    Inactive,
}
