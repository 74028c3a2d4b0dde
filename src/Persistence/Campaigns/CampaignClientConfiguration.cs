using CapConduit.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.Campaigns;

internal sealed class CampaignClientConfiguration : IEntityTypeConfiguration<CampaignClient>
{
    public void Configure(EntityTypeBuilder<CampaignClient> builder)
    {
        builder.ToTable("campaign_clients");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.CampaignId, l.ClientId }).IsUnique();
        builder.HasIndex(l => l.ClientId);
        builder.Property(l => l.Status).StoredAsText();
        builder.HasEnumCheck<CampaignClient, LinkStatus>("campaign_clients", "status");
        builder.HasCheck("campaign_clients", "max_concurrency_positive", "max_concurrency >= 1");
        builder.HasCheck("campaign_clients", "total_calls_allowed_non_negative",
            "total_calls_allowed IS NULL OR total_calls_allowed >= 0");
        builder.HasCheck("campaign_clients", "total_calls_used_non_negative", "total_calls_used >= 0");
        builder.HasCheck("campaign_clients", "priority_non_negative", "priority >= 0");
        builder.HasCheck("campaign_clients", "weight_range",
            $"weight BETWEEN {CampaignClient.MinWeight} AND {CampaignClient.MaxWeight}");
        // Deleting a client removes its links (PRODUCT.md §2); the API refuses while a link is actively used.
        builder.HasOne(l => l.Client).WithMany().HasForeignKey(l => l.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
