using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapConduit.Benchmarks.CallLoad;

/// <summary>
/// A fresh, migrated database for the run: one seller, one DID, an active PRIORITY campaign and a few clients with
/// high caps and a registered contact (ps_endpoints/ps_aors rows), so the real RoutingSnapshotLoader routes to them.
/// </summary>
internal static class CallLoadDatabase
{
    public const string DidNumber = "+18005550100";
    public static readonly string[] Clients = ["bench_c1", "bench_c2", "bench_c3"];

    public static async Task<string> CreateAsync(string server, string database, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(ct);
            // Recreated on every run so the final record count covers exactly this run's calls.
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        await using var db = new CapConduitDbContext(CapConduitDbOptions.Build(connectionString));
        await db.Database.MigrateAsync(ct);
        await SeedAsync(db, ct);
        return connectionString;
    }

    private static async Task SeedAsync(CapConduitDbContext db, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var seller = new User
        {
            Id = Guid.CreateVersion7(now),
            Username = "bench_seller",
            Email = "bench_seller@example.test",
            PasswordHash = "x",
            Role = UserRole.Seller,
            Status = UserStatus.Active,
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var did = new Did
        {
            Id = Guid.CreateVersion7(now),
            Number = DidNumber,
            OwnerId = seller.Id,
            Status = DidStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = seller.Id,
            Name = "Call load",
            Status = CampaignStatus.Active,
            RoutingStrategy = RoutingStrategyKind.Priority,
            DialTimeoutSeconds = 30,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.AddRange(seller, did, campaign);
        db.Add(new CampaignDid { CampaignId = campaign.Id, DidId = did.Id, CreatedAt = now });
        for (var i = 0; i < Clients.Length; i++)
        {
            var client = new Client
            {
                Id = Guid.CreateVersion7(now),
                Identifier = Clients[i],
                Name = Clients[i],
                Status = ClientStatus.Active,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Add(client);
            db.Add(new CampaignClient
            {
                Id = Guid.CreateVersion7(now.AddTicks(i)),
                CampaignId = campaign.Id,
                ClientId = client.Id,
                Status = LinkStatus.Active,
                MaxConcurrency = 10_000,
                Priority = i,
                Weight = 1,
                CreatedAt = now,
                UpdatedAt = now,
            });
            await PjsipRows.UpsertAsync(db, client.Identifier,
                new SipSettings { Contact = $"sip:{client.Identifier}@127.0.0.1:5070" }, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    public static async Task<long> CallRecordCountAsync(string connectionString, CancellationToken ct)
    {
        await using var db = new CapConduitDbContext(CapConduitDbOptions.Build(connectionString));
        return await db.CallRecords.LongCountAsync(ct);
    }
}
