using CapConduit.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        // citext: usernames and emails are unique ignoring case, and still searchable with ILIKE.
        builder.Property(u => u.Username).HasColumnType("citext").IsRequired();
        builder.Property(u => u.Email).HasColumnType("citext").IsRequired();
        builder.HasIndex(u => u.Username).IsUnique();
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Role).StoredAsText();
        builder.Property(u => u.Status).StoredAsText();
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.CompanyName).HasMaxLength(200);
        builder.Property(u => u.TimeZone).HasMaxLength(64).HasDefaultValue("UTC");
        builder.HasEnumCheck<User, UserRole>("users", "role");
        builder.HasEnumCheck<User, UserStatus>("users", "status");
        builder.HasCheck("users", "username_length", "char_length(username) BETWEEN 3 AND 80");
        builder.HasCheck("users", "email_format", "email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'");
    }
}
