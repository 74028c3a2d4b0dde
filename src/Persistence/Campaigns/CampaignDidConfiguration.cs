using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.Campaigns;

internal sealed class CampaignDidConfiguration : IEntityTypeConfiguration<CampaignDid>
{
    public void Configure(EntityTypeBuilder<CampaignDid> builder)
    {
        builder.ToTable("campaign_dids");
        builder.HasKey(d => new { d.CampaignId, d.DidId });
        builder.HasIndex(d => d.DidId);
        builder.HasOne(d => d.Did).WithMany().HasForeignKey(d => d.DidId).OnDelete(DeleteBehavior.Cascade);
    }
}
