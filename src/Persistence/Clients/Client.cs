using CapConduit.Persistence.Users;

namespace CapConduit.Persistence.Clients;

/// <summary>
/// A call center that buys calls (PRODUCT.md §2). Its <see cref="Identifier"/> is also the id of its PJSIP endpoint,
/// AOR and (optional) auth rows in Asterisk's realtime tables; those tables stay exactly as Asterisk defines them.
/// </summary>
public sealed class Client
{
    public const int IdentifierMaxLength = 40;
    public const string IdentifierPattern = "^[A-Za-z0-9_.-]{1,40}$";

    public Guid Id { get; set; }
    public string Identifier { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Department { get; set; }
    public ClientStatus Status { get; set; }
    public string? Notes { get; set; }
    public Guid? CreatedById { get; set; }
    public User? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
