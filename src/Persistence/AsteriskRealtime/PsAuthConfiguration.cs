using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.AsteriskRealtime;

/// <summary>Asterisk's <c>ps_auths</c> table: Asterisk's column names and types, and no CapConduit column.</summary>
internal sealed class PsAuthConfiguration : IEntityTypeConfiguration<PsAuth>
{
    public void Configure(EntityTypeBuilder<PsAuth> builder)
    {
        builder.ToTable("ps_auths");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Id).HasDatabaseName("ps_auths_id");
        builder.Property(e => e.Id).HasColumnName("id").HasMaxLength(255);
        builder.Property(e => e.AuthType).HasColumnName("auth_type").HasColumnType("pjsip_auth_type_values_v2");
        builder.Property(e => e.NonceLifetime).HasColumnName("nonce_lifetime").HasColumnType("integer");
        builder.Property(e => e.Md5Cred).HasColumnName("md5_cred").HasMaxLength(40);
        builder.Property(e => e.Password).HasColumnName("password").HasMaxLength(80);
        builder.Property(e => e.Realm).HasColumnName("realm").HasMaxLength(255);
        builder.Property(e => e.Username).HasColumnName("username").HasMaxLength(40);
        builder.Property(e => e.RefreshToken).HasColumnName("refresh_token").HasMaxLength(255);
        builder.Property(e => e.OauthClientid).HasColumnName("oauth_clientid").HasMaxLength(255);
        builder.Property(e => e.OauthSecret).HasColumnName("oauth_secret").HasMaxLength(255);
        builder.Property(e => e.PasswordDigest).HasColumnName("password_digest").HasMaxLength(1024);
        builder.Property(e => e.SupportedAlgorithmsUas).HasColumnName("supported_algorithms_uas").HasMaxLength(1024);
        builder.Property(e => e.SupportedAlgorithmsUac).HasColumnName("supported_algorithms_uac").HasMaxLength(1024);
    }
}
