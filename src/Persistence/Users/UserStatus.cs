namespace CapConduit.Persistence.Users;

public enum UserStatus
{
    Active,
    Inactive,
    PendingApproval,
    Suspended,
}
