using CapConduit.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => new { c.OwnerId, c.Name }).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.Status).StoredAsText();
        builder.Property(c => c.RoutingStrategy).StoredAsText();
        builder.HasEnumCheck<Campaign, CampaignStatus>("campaigns", "status");
        builder.HasEnumCheck<Campaign, RoutingStrategyKind>("campaigns", "routing_strategy");
        builder.HasCheck("campaigns", "dial_timeout_range",
            $"dial_timeout_seconds BETWEEN {Campaign.MinDialTimeoutSeconds} AND {Campaign.MaxDialTimeoutSeconds}");
        builder.HasCheck("campaigns", "name_not_blank", "btrim(name) <> ''");
        builder.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Dids).WithOne(d => d.Campaign).HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Links).WithOne(l => l.Campaign).HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
