using CapConduit.Persistence.Seed;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CapConduit.Persistence.Tests.Seed;

public sealed class SampleDataTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string[] Tables =
    [
        "users", "clients", "ps_endpoints", "ps_aors", "ps_auths", "dids", "campaigns", "campaign_dids",
        "campaign_clients", "call_records", "call_attempts",
    ];

    [Fact]
    public async Task Loading_sample_data_twice_changes_nothing()
    {
        await SeedAsync();
        var first = await DumpAsync();

        await SeedAsync();
        var second = await DumpAsync();

        Assert.Equal(first, second);
        await using var db = postgres.CreateDbContext();
        Assert.Equal(SampleData.Users.Length, await db.Users.CountAsync());
        Assert.Equal(SampleData.Clients.Length, await db.Clients.CountAsync());
        Assert.Equal(SampleData.Calls.Length, await db.CallRecords.CountAsync());
    }

    [Fact]
    public async Task Sample_clients_have_endpoint_aor_and_only_gamma_has_auth()
    {
        await SeedAsync();
        await using var db = postgres.CreateDbContext();

        var endpoints = await db.PsEndpoints.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        Assert.Equal(SampleData.Clients.Select(c => c.Identifier).Order(), endpoints);
        Assert.Equal(endpoints, await db.PsAors.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var auth = Assert.Single(await db.PsAuths.ToListAsync());
        Assert.Equal("client_gamma_intake", auth.Id);
        var gamma = await db.PsEndpoints.SingleAsync(e => e.Id == "client_gamma_intake");
        Assert.Equal("client_gamma_intake", gamma.OutboundAuth);
        Assert.Equal("client_gamma_intake", gamma.Aors);
    }

    [Fact]
    public async Task Sample_passwords_verify_and_are_stored_hashed()
    {
        await SeedAsync();
        await using var db = postgres.CreateDbContext();

        foreach (var user in await db.Users.ToListAsync())
        {
            Assert.DoesNotContain(SampleData.Password, user.PasswordHash);
            Assert.True(Users.PasswordHashing.Verify(user.PasswordHash, SampleData.Password), user.Username);
        }
    }

    private async Task SeedAsync()
    {
        var factory = new PooledDbContextFactory<CapConduitDbContext>(CapConduitDbOptions.Build(postgres.ConnectionString));
        var seeder = new SampleDataSeeder(factory, TimeProvider.System, NullLogger<SampleDataSeeder>.Instance);
        await seeder.SeedAsync(CancellationToken.None);
    }

    private async Task<List<string>> DumpAsync()
    {
        var dump = new List<string>();
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT coalesce(json_agg(row_to_json(t) ORDER BY row_to_json(t)::text), '[]')::text FROM {table} t", connection);
            dump.Add($"{table}: {await command.ExecuteScalarAsync()}");
        }
        return dump;
    }
}
