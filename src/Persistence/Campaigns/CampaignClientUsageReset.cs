using CapConduit.Persistence.Users;

namespace CapConduit.Persistence.Campaigns;

/// <summary>Audit row written whenever a link's used-call counter is reset to zero.</summary>
public sealed class CampaignClientUsageReset
{
    public Guid Id { get; set; }
    public Guid LinkId { get; set; }
    public CampaignClient? Link { get; set; }
    public Guid? ResetById { get; set; }
    public User? ResetBy { get; set; }
    public int PreviousTotalCallsUsed { get; set; }
    public DateTimeOffset ResetAt { get; set; }
}
