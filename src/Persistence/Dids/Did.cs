using CapConduit.Persistence.Users;

namespace CapConduit.Persistence.Dids;

/// <summary>A phone number a seller owns (PRODUCT.md §3). The number is E.164 and never changes.</summary>
public sealed class Did
{
    public const string NumberPattern = @"^\+[1-9][0-9]{1,14}$";

    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid OwnerId { get; set; }
    public User? Owner { get; set; }
    public DidStatus Status { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
