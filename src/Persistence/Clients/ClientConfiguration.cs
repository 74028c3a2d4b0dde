using CapConduit.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Identifier).HasMaxLength(Client.IdentifierMaxLength).IsRequired();
        builder.HasIndex(c => c.Identifier).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Department).HasMaxLength(200);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.Status).StoredAsText();
        builder.HasEnumCheck<Client, ClientStatus>("clients", "status");
        builder.HasCheck("clients", "identifier_format", $"identifier ~ '{Client.IdentifierPattern}'");
        builder.HasCheck("clients", "name_not_blank", "btrim(name) <> ''");
        builder.HasOne(c => c.CreatedBy).WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
