using CapConduit.Persistence.AsteriskRealtime;
using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Persistence;

public sealed class CapConduitDbContext(DbContextOptions<CapConduitDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<PsEndpoint> PsEndpoints => Set<PsEndpoint>();
    public DbSet<PsAor> PsAors => Set<PsAor>();
    public DbSet<PsAuth> PsAuths => Set<PsAuth>();
    public DbSet<Did> Dids => Set<Did>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignDid> CampaignDids => Set<CampaignDid>();
    public DbSet<CampaignClient> CampaignClients => Set<CampaignClient>();
    public DbSet<CampaignClientUsageReset> CampaignClientUsageResets => Set<CampaignClientUsageReset>();
    public DbSet<CallRecord> CallRecords => Set<CallRecord>();
    public DbSet<CallAttempt> CallAttempts => Set<CallAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("citext");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CapConduitDbContext).Assembly);
    }
}
