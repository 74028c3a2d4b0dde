namespace CapConduit.Persistence.Users;

public enum UserRole
{
    Admin,
    Staff,
    Seller,
}
