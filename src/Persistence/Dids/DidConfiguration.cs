using CapConduit.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.Dids;

internal sealed class DidConfiguration : IEntityTypeConfiguration<Did>
{
    public void Configure(EntityTypeBuilder<Did> builder)
    {
        builder.ToTable("dids");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Number).HasMaxLength(16).IsRequired();
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => d.OwnerId);
        builder.Property(d => d.Description).HasMaxLength(500);
        builder.Property(d => d.Status).StoredAsText();
        builder.HasEnumCheck<Did, DidStatus>("dids", "status");
        builder.HasCheck("dids", "number_e164", $"number ~ '{Did.NumberPattern}'");
        // A seller with DIDs cannot be deleted by accident; their numbers must be removed or reassigned first.
        builder.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
