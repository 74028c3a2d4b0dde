using CapConduit.Testing;
using Npgsql;

namespace CapConduit.Persistence.Tests.Seed;

/// <summary>
/// Asterisk reads ps_endpoints, ps_aors and ps_auths itself, so they must be exactly Asterisk 22's: this loads
/// Asterisk's own realtime schema script into a scratch database and compares column sets and enum types.
/// </summary>
public sealed class AsteriskRealtimeSchemaTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly string _scratch = $"asterisk_{Guid.NewGuid():N}";
    private string _scratchConnection = "";

    [Theory]
    [InlineData("ps_endpoints")]
    [InlineData("ps_aors")]
    [InlineData("ps_auths")]
    public async Task Realtime_table_has_exactly_asterisks_columns_and_types(string table)
    {
        var ours = await ColumnsAsync(postgres.ConnectionString, table);
        var asterisks = await ColumnsAsync(_scratchConnection, table);

        Assert.NotEmpty(asterisks);
        Assert.Equal(asterisks, ours);
    }

    [Fact]
    public async Task Realtime_enum_types_have_asterisks_labels_in_asterisks_order()
    {
        const string sql =
            "SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t " +
            "JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typname IN (SELECT DISTINCT udt_name FROM information_schema.columns " +
            "WHERE table_name IN ('ps_endpoints','ps_aors','ps_auths') AND data_type = 'USER-DEFINED') GROUP BY t.typname ORDER BY 1";

        Assert.Equal(await QueryAsync(_scratchConnection, sql), await QueryAsync(postgres.ConnectionString, sql));
    }

    public async Task InitializeAsync()
    {
        var server = await TestServices.PostgresConnectionStringAsync();
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_scratch}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        _scratchConnection = new NpgsqlConnectionStringBuilder(server) { Database = _scratch }.ConnectionString;
        var script = await File.ReadAllTextAsync(SharedFiles.Path("asterisk-realtime-22", "postgresql_config.sql"));
        await using var connection = new NpgsqlConnection(_scratchConnection);
        await connection.OpenAsync();
        await using var load = new NpgsqlCommand(script, connection);
        await load.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var server = await TestServices.PostgresConnectionStringAsync();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_scratch}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static Task<List<string>> ColumnsAsync(string connectionString, string table) =>
        QueryAsync(connectionString,
            "SELECT column_name || ' ' || data_type || ' ' || udt_name || ' ' || coalesce(character_maximum_length::text, '-') || ' ' || is_nullable " +
            $"FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' ORDER BY column_name");

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }
}
