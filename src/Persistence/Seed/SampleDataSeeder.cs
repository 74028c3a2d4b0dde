using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CapConduit.Persistence.Seed;

/// <summary>
/// Loads <see cref="SampleData"/> by natural key in one transaction: rows that exist are left exactly as they are,
/// so loading twice changes nothing.
/// </summary>
public sealed partial class SampleDataSeeder(
    IDbContextFactory<CapConduitDbContext> contexts, TimeProvider time, ILogger<SampleDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var tally = new Tally();

        var users = await SeedUsersAsync(db, now, tally, cancellationToken);
        var clients = await SeedClientsAsync(db, users["platform_admin"], now, tally, cancellationToken);
        var dids = await SeedDidsAsync(db, users, now, tally, cancellationToken);
        var campaigns = await SeedCampaignsAsync(db, users, clients, dids, now, tally, cancellationToken);
        await SeedCallsAsync(db, clients, dids, campaigns, now, tally, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        PersistenceLog.SampleDataLoaded(logger, tally.Created, tally.Existing);
    }

    private sealed class Tally
    {
        public int Created { get; set; }
        public int Existing { get; set; }

        public T Count<T>(T? existing, Func<T> create)
            where T : class
        {
            if (existing is not null)
            {
                Existing++;
                return existing;
            }
            Created++;
            return create();
        }
    }

    private static async Task<Dictionary<string, User>> SeedUsersAsync(
        CapConduitDbContext db, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, User>();
        foreach (var sample in SampleData.Users)
        {
            var existing = await db.Users.SingleOrDefaultAsync(u => u.Username == sample.Username, cancellationToken);
            result[sample.Username] = tally.Count(existing, () => db.Users.Add(new User
            {
                Id = Guid.CreateVersion7(now),
                Username = sample.Username,
                Email = sample.Email,
                PasswordHash = PasswordHashing.Hash(SampleData.Password),
                Role = sample.Role,
                Status = sample.Status,
                FullName = sample.FullName,
                CompanyName = sample.CompanyName,
                SecurityStamp = Guid.NewGuid(),
                CreatedAt = now,
                UpdatedAt = now,
            }).Entity);
        }
        return result;
    }

    private static async Task<Dictionary<string, Client>> SeedClientsAsync(
        CapConduitDbContext db, User admin, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Client>();
        foreach (var sample in SampleData.Clients)
        {
            var existing = await db.Clients.SingleOrDefaultAsync(c => c.Identifier == sample.Identifier, cancellationToken);
            if (existing is null)
                await PjsipRows.UpsertAsync(db, sample.Identifier, sample.Sip, cancellationToken);
            result[sample.Identifier] = tally.Count(existing, () => db.Clients.Add(new Client
            {
                Id = Guid.CreateVersion7(now),
                Identifier = sample.Identifier,
                Name = sample.Name,
                Department = sample.Department,
                Status = sample.Status,
                CreatedById = admin.Id,
                CreatedAt = now,
                UpdatedAt = now,
            }).Entity);
        }
        return result;
    }

    private static async Task<Dictionary<string, Did>> SeedDidsAsync(
        CapConduitDbContext db, Dictionary<string, User> users, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Did>();
        foreach (var sample in SampleData.Dids)
        {
            var existing = await db.Dids.SingleOrDefaultAsync(d => d.Number == sample.Number, cancellationToken);
            result[sample.Number] = tally.Count(existing, () => db.Dids.Add(new Did
            {
                Id = Guid.CreateVersion7(now),
                Number = sample.Number,
                OwnerId = users[sample.Owner].Id,
                Status = sample.Status,
                Description = sample.Description,
                CreatedAt = now,
                UpdatedAt = now,
            }).Entity);
        }
        return result;
    }
}
