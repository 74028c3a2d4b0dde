using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.Campaigns;

internal sealed class CampaignClientUsageResetConfiguration : IEntityTypeConfiguration<CampaignClientUsageReset>
{
    public void Configure(EntityTypeBuilder<CampaignClientUsageReset> builder)
    {
        builder.ToTable("campaign_client_usage_resets");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.LinkId, r.ResetAt });
        builder.HasOne(r => r.Link).WithMany().HasForeignKey(r => r.LinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ResetBy).WithMany().HasForeignKey(r => r.ResetById).OnDelete(DeleteBehavior.SetNull);
    }
}
