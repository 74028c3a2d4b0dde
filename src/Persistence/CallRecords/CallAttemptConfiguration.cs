using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.CallRecords;

internal sealed class CallAttemptConfiguration : IEntityTypeConfiguration<CallAttempt>
{
    public void Configure(EntityTypeBuilder<CallAttempt> builder)
    {
        builder.ToTable("call_attempts");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.CallRecordId, a.Sequence }).IsUnique();
        builder.Property(a => a.ClientName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Endpoint).HasMaxLength(255).IsRequired();
        builder.Property(a => a.ChannelId).HasMaxLength(150);
        builder.Property(a => a.HangupCauseText).HasMaxLength(200);
        builder.Property(a => a.Result).StoredAsText();
        builder.HasEnumCheck<CallAttempt, AttemptResult>("call_attempts", "result");
        builder.HasCheck("call_attempts", "ended_after_started", "ended_at >= started_at");
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CampaignClient>().WithMany().HasForeignKey(a => a.LinkId).OnDelete(DeleteBehavior.SetNull);
    }
}
