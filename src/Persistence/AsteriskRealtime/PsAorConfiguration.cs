using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.AsteriskRealtime;

/// <summary>Asterisk's <c>ps_aors</c> table: Asterisk's column names and types, and no CapConduit column.</summary>
internal sealed class PsAorConfiguration : IEntityTypeConfiguration<PsAor>
{
    public void Configure(EntityTypeBuilder<PsAor> builder)
    {
        builder.ToTable("ps_aors");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Id).HasDatabaseName("ps_aors_id");
        builder.Property(e => e.Id).HasColumnName("id").HasMaxLength(255);
        builder.Property(e => e.Contact).HasColumnName("contact").HasMaxLength(255);
        builder.Property(e => e.DefaultExpiration).HasColumnName("default_expiration").HasColumnType("integer");
        builder.Property(e => e.Mailboxes).HasColumnName("mailboxes").HasMaxLength(80);
        builder.Property(e => e.MaxContacts).HasColumnName("max_contacts").HasColumnType("integer");
        builder.Property(e => e.MinimumExpiration).HasColumnName("minimum_expiration").HasColumnType("integer");
        builder.Property(e => e.RemoveExisting).HasColumnName("remove_existing").HasColumnType("ast_bool_values");
        builder.Property(e => e.QualifyFrequency).HasColumnName("qualify_frequency").HasColumnType("integer");
        builder.Property(e => e.AuthenticateQualify).HasColumnName("authenticate_qualify").HasColumnType("ast_bool_values");
        builder.Property(e => e.MaximumExpiration).HasColumnName("maximum_expiration").HasColumnType("integer");
        builder.Property(e => e.OutboundProxy).HasColumnName("outbound_proxy").HasMaxLength(255);
        builder.Property(e => e.SupportPath).HasColumnName("support_path").HasColumnType("ast_bool_values");
        builder.Property(e => e.QualifyTimeout).HasColumnName("qualify_timeout").HasColumnType("double precision");
        builder.Property(e => e.VoicemailExtension).HasColumnName("voicemail_extension").HasMaxLength(40);
        builder.Property(e => e.RemoveUnavailable).HasColumnName("remove_unavailable").HasColumnType("ast_bool_values");
        builder.Property(e => e.Qualify2xxOnly).HasColumnName("qualify_2xx_only").HasColumnType("ast_bool_values");
    }
}
