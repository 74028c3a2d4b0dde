using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Conventions;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapConduit.Persistence.CallRecords;

internal sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    private static readonly System.Linq.Expressions.Expression<Func<CallRecord, object?>> StatsColumns =
        r => new { r.Disposition, r.TalkSeconds };

    public void Configure(EntityTypeBuilder<CallRecord> builder)
    {
        builder.ToTable("call_records");
        // Index-only scans skip the table only for pages vacuum has marked all-visible; the default waits for 20 %
        // growth, which would leave the most recent weeks (what statistics ask for most) out.
        builder.HasStorageParameter("autovacuum_vacuum_insert_scale_factor", 0.01);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ChannelId).HasMaxLength(150).IsRequired();
        builder.HasIndex(r => r.ChannelId).IsUnique();
        builder.Property(r => r.LinkedId).HasMaxLength(150);
        builder.Property(r => r.DidNumber).HasMaxLength(32).IsRequired();
        builder.Property(r => r.CampaignName).HasMaxLength(200);
        builder.Property(r => r.ClientName).HasMaxLength(200);
        builder.Property(r => r.CallerNumber).HasMaxLength(80);
        builder.Property(r => r.CallerName).HasMaxLength(200);
        builder.Property(r => r.HangupCauseText).HasMaxLength(200);
        builder.Property(r => r.Disposition).StoredAsText();
        builder.Property(r => r.RejectReason).StoredAsText();
        builder.HasEnumCheck<CallRecord, Disposition>("call_records", "disposition");
        builder.HasEnumCheck<CallRecord, RejectReason>("call_records", "reject_reason");
        builder.HasCheck("call_records", "durations_non_negative", "duration_seconds >= 0 AND talk_seconds >= 0");
        builder.HasCheck("call_records", "ended_after_started", "ended_at >= started_at");

        // Keyset paging is newest first on (started_at, id): one index per filter the API offers.
        // The keyset indexes also carry what callStats sums, so statistics over a time range, a seller, campaign, DID
        // or client are index-only scans instead of reading every matching row from the table.
        builder.HasIndex(r => new { r.StartedAt, r.Id }).IsDescending(true, true).IncludeProperties(StatsColumns);
        builder.HasIndex(r => new { r.SellerId, r.StartedAt, r.Id }).IsDescending(false, true, true).IncludeProperties(StatsColumns);
        builder.HasIndex(r => new { r.CampaignId, r.StartedAt, r.Id }).IsDescending(false, true, true).IncludeProperties(StatsColumns);
        builder.HasIndex(r => new { r.DidId, r.StartedAt, r.Id }).IsDescending(false, true, true).IncludeProperties(StatsColumns);
        builder.HasIndex(r => new { r.ClientId, r.StartedAt, r.Id }).IsDescending(false, true, true).IncludeProperties(StatsColumns);
        builder.HasIndex(r => new { r.Disposition, r.StartedAt, r.Id }).IsDescending(false, true, true);

        // Caller-number search: text_pattern_ops serves both "= number" (newest first) and "LIKE 'prefix%'", which a
        // default-collation btree cannot do outside the C locale.
        builder.HasIndex(r => new { r.CallerNumber, r.StartedAt, r.Id }).IsDescending(false, true, true)
            .HasOperators("text_pattern_ops", "timestamptz_ops", "uuid_ops");

        builder.HasOne<User>().WithMany().HasForeignKey(r => r.SellerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Did>().WithMany().HasForeignKey(r => r.DidId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CampaignClient>().WithMany().HasForeignKey(r => r.LinkId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Attempts).WithOne().HasForeignKey(a => a.CallRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
