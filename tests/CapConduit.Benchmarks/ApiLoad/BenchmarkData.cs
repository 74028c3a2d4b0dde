using System.Diagnostics;
using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Conventions;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>
/// The benchmark database: 4 sellers with 5 campaigns and 5 DIDs each, 10 clients, an admin, and the requested number
/// of call records spread over the last 90 days, bulk-loaded with binary COPY. Reruns keep the data when the record
/// count already matches.
/// </summary>
public sealed class BenchmarkData
{
    public const string AdminUsername = "bench_admin";
    public const string Password = "password";

    public User Admin { get; private set; } = null!;
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public static async Task<BenchmarkData> EnsureAsync(ApiLoadOptions options, CancellationToken ct)
    {
        // No command timeout: building indexes over a million rows takes minutes on a busy two-core machine.
        var connection = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = options.Database, CommandTimeout = 0 }.ConnectionString;
        await CreateDatabaseAsync(options, ct);
        await using var db = new CapConduitDbContext(CapConduitDbOptions.Build(connection));
        await db.Database.MigrateAsync(ct);

        var data = new BenchmarkData();
        await data.EnsureCatalogAsync(db, ct);
        var count = await db.CallRecords.LongCountAsync(ct);
        if (count != options.Records)
        {
            Console.WriteLine($"Generating {options.Records:N0} call records (found {count:N0})...");
            var watch = Stopwatch.StartNew();
            await db.Database.ExecuteSqlRawAsync("TRUNCATE call_records CASCADE", ct);
            await using var npgsql = new NpgsqlConnection(connection);
            await npgsql.OpenAsync(ct);
            var clients = await db.Clients.AsNoTracking().ToListAsync(ct);
            var dids = await db.CampaignDids.AsNoTracking().Include(cd => cd.Did).ToListAsync(ct);
            // Loading first and indexing afterwards is several times faster than maintaining eight indexes row by row.
            var indexes = await SecondaryIndexesAsync(npgsql, ct);
            foreach (var (name, _) in indexes)
                await ExecuteAsync(npgsql, $"DROP INDEX \"{name}\"", ct);
            await CallRecordCopy.WriteAsync(npgsql, options.Records, data.Campaigns, dids, clients, ct);
            await ExecuteAsync(npgsql, "SET maintenance_work_mem = '256MB'", ct);
            foreach (var (_, definition) in indexes)
                await ExecuteAsync(npgsql, definition, ct);
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE call_records", ct);
            Console.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:F1} s.");
        }
        else
        {
            Console.WriteLine($"Reusing {count:N0} call records in database {options.Database}.");
        }

        return data;
    }

    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'call_records' AND indexname <> 'pk_call_records'", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
            list.Add((reader.GetString(0), reader.GetString(1)));
        return list;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task CreateDatabaseAsync(ApiLoadOptions options, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", options.Database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{options.Database}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task EnsureCatalogAsync(CapConduitDbContext db, CancellationToken ct)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.Username == AdminUsername, ct) is { } admin)
        {
            Admin = admin;
            Campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var hash = PasswordHashing.Hash(Password);
        Admin = NewUser(AdminUsername, UserRole.Admin, hash, now);
        db.Users.Add(Admin);
        var clients = Enumerable.Range(1, 10).Select(i => new Client
        {
            Id = Guid.CreateVersion7(now),
            Identifier = $"bench_client_{i:D2}",
            Name = $"Bench Client {i:D2}",
            Status = ClientStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Clients.AddRange(clients);
        var campaigns = new List<Campaign>();
        for (var s = 1; s <= 4; s++)
        {
            var seller = NewUser($"bench_seller_{s}", UserRole.Seller, hash, now);
            db.Users.Add(seller);
            for (var c = 1; c <= 5; c++)
            {
                var did = new Did
                {
                    Id = Guid.CreateVersion7(now),
                    Number = $"+1800555{s}{c:D3}",
                    OwnerId = seller.Id,
                    Status = DidStatus.Active,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                var campaign = new Campaign
                {
                    Id = Guid.CreateVersion7(now),
                    OwnerId = seller.Id,
                    Name = $"Seller {s} campaign {c}",
                    Status = CampaignStatus.Active,
                    RoutingStrategy = RoutingStrategyKind.Priority,
                    DialTimeoutSeconds = 20,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                campaign.Dids.Add(new CampaignDid { CampaignId = campaign.Id, DidId = did.Id, CreatedAt = now });
                campaign.Links.AddRange(clients.Take(3 + (c % 3)).Select((client, p) => new CampaignClient
                {
                    Id = Guid.CreateVersion7(now),
                    CampaignId = campaign.Id,
                    ClientId = client.Id,
                    Status = LinkStatus.Active,
                    MaxConcurrency = 10,
                    Priority = p,
                    Weight = 100,
                    CreatedAt = now,
                    UpdatedAt = now,
                }));
                db.Dids.Add(did);
                db.Campaigns.Add(campaign);
                campaigns.Add(campaign);
            }
        }

        await db.SaveChangesAsync(ct);
        Campaigns = [.. campaigns.OrderBy(c => c.Name)];
    }

    private static User NewUser(string name, UserRole role, string hash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Username = name,
        Email = $"{name}@bench.example",
        PasswordHash = hash,
        Role = role,
        Status = UserStatus.Active,
        TimeZone = "UTC",
        SecurityStamp = Guid.NewGuid(),
        CreatedAt = now,
        UpdatedAt = now,
    };

    internal static string Text<T>(T value) where T : struct, Enum => EnumText<T>.Format(value);
}
