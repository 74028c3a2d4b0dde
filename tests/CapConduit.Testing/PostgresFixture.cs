using CapConduit.Persistence;
using Npgsql;
using Xunit;

namespace CapConduit.Testing;

/// <summary>
/// A fresh database per test class, copied from a template that was migrated once per schema version, so each class
/// starts from the current migrations without paying for them again.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";
    public string DatabaseName { get; } = $"test_{Guid.NewGuid():N}";

    public CapConduitDbContext CreateDbContext() => new(CapConduitDbOptions.Build(ConnectionString));

    /// <summary>An open, unpooled connection to the server's <c>postgres</c> database, for server-level commands.</summary>
    public Task<Npgsql.NpgsqlConnection> OpenMaintenanceConnectionAsync() => MigratedTemplate.OpenMaintenanceAsync(ConnectionString);

    public async Task InitializeAsync()
    {
        var server = await TestServices.PostgresConnectionStringAsync();
        var template = await MigratedTemplate.EnsureAsync(server);
        await using (var admin = await MigratedTemplate.OpenMaintenanceAsync(server))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\" TEMPLATE \"{template}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var server = await TestServices.PostgresConnectionStringAsync();
        await using var admin = await MigratedTemplate.OpenMaintenanceAsync(server);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
