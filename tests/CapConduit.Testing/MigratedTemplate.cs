using CapConduit.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapConduit.Testing;

/// <summary>Creates (once, under an advisory lock shared by every test process) a database with all migrations applied.</summary>
internal static class MigratedTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _name;

    public static async Task<NpgsqlConnection> OpenMaintenanceAsync(string server)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<string> EnsureAsync(string server)
    {
        await Gate.WaitAsync();
        try
        {
            return _name ??= await CreateAsync(server);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> CreateAsync(string server)
    {
        var name = $"capconduit_template_{SchemaVersion()}";
        await using var admin = await OpenMaintenanceAsync(server);
        await Execute(admin, "SELECT pg_advisory_lock(4242001)");
        try
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                var building = name + "_building";
                await Execute(admin, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
                await Execute(admin, $"CREATE DATABASE \"{building}\"");
                var connection = new NpgsqlConnectionStringBuilder(server) { Database = building, Pooling = false }.ConnectionString;
                await using (var db = new CapConduitDbContext(CapConduitDbOptions.Build(connection)))
                    await db.Database.MigrateAsync();
                NpgsqlConnection.ClearAllPools();
                await Execute(admin, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
            }
        }
        finally
        {
            await Execute(admin, "SELECT pg_advisory_unlock(4242001)");
        }
        return name;
    }

    private static string SchemaVersion()
    {
        using var db = new CapConduitDbContext(CapConduitDbOptions.Build("Host=unused"));
        var last = db.Database.GetMigrations().LastOrDefault() ?? "none";
        return last.Split('_')[0];
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
