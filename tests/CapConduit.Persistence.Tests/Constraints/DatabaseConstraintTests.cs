using CapConduit.Testing;
using Npgsql;

namespace CapConduit.Persistence.Tests.Constraints;

/// <summary>The database refuses bad rows on its own, whatever the application does (raw SQL, no EF).</summary>
public sealed class DatabaseConstraintTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Owner = "11111111-1111-1111-1111-111111111111";
    private const string Campaign = "22222222-2222-2222-2222-222222222222";
    private const string Client = "33333333-3333-3333-3333-333333333333";

    [Theory]
    [InlineData("18005550101")]
    [InlineData("+0123456")]
    [InlineData("+1")]
    [InlineData("+1800-555")]
    public async Task Malformed_did_number_is_refused(string number)
    {
        var error = await InsertFailsAsync(
            $"INSERT INTO dids (id, number, owner_id, status, created_at, updated_at) VALUES (gen_random_uuid(), '{number}', '{Owner}', 'ACTIVE', now(), now())");
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_dids_number_e164", error.ConstraintName);
    }

    [Theory]
    [InlineData("max_concurrency", "0", "ck_campaign_clients_max_concurrency_positive")]
    [InlineData("total_calls_allowed", "-1", "ck_campaign_clients_total_calls_allowed_non_negative")]
    [InlineData("total_calls_used", "-5", "ck_campaign_clients_total_calls_used_non_negative")]
    [InlineData("priority", "-1", "ck_campaign_clients_priority_non_negative")]
    [InlineData("weight", "0", "ck_campaign_clients_weight_range")]
    [InlineData("weight", "1001", "ck_campaign_clients_weight_range")]
    [InlineData("status", "'PAUSED'", "ck_campaign_clients_status")]
    public async Task Link_out_of_range_is_refused(string column, string value, string constraint)
    {
        var values = new Dictionary<string, string>
        {
            ["max_concurrency"] = "1",
            ["total_calls_allowed"] = "10",
            ["total_calls_used"] = "0",
            ["priority"] = "0",
            ["weight"] = "10",
            ["status"] = "'ACTIVE'",
        };
        values[column] = value;

        var error = await InsertFailsAsync(LinkInsert(Guid.NewGuid(), values));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task Unknown_enum_value_is_refused()
    {
        var error = await InsertFailsAsync(UserInsert("someone_new", "new@example.com", role: "SUPERUSER"));
        Assert.Equal("ck_users_role", error.ConstraintName);
    }

    [Fact]
    public async Task Duplicate_campaign_client_link_is_refused()
    {
        var values = new Dictionary<string, string>
        {
            ["max_concurrency"] = "1",
            ["total_calls_allowed"] = "NULL",
            ["total_calls_used"] = "0",
            ["priority"] = "0",
            ["weight"] = "10",
            ["status"] = "'ACTIVE'",
        };
        await ExecuteAsync(LinkInsert(Guid.NewGuid(), values));

        var error = await InsertFailsAsync(LinkInsert(Guid.NewGuid(), values));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task Username_differing_only_in_case_is_refused()
    {
        var error = await InsertFailsAsync(UserInsert("SELLER_ALICE_TEST", "other@example.com"));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Contains("username", error.ConstraintName);
    }

    [Fact]
    public async Task Email_differing_only_in_case_is_refused()
    {
        var error = await InsertFailsAsync(UserInsert("another_user", "ALICE.TEST@EXAMPLE.COM"));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Contains("email", error.ConstraintName);
    }

    [Fact]
    public async Task Client_identifier_outside_the_endpoint_alphabet_is_refused()
    {
        var error = await InsertFailsAsync(
            "INSERT INTO clients (id, identifier, name, status, created_at, updated_at) VALUES (gen_random_uuid(), 'bad id!', 'X', 'ACTIVE', now(), now())");
        Assert.Equal("ck_clients_identifier_format", error.ConstraintName);
    }

    [Fact]
    public async Task Dial_timeout_out_of_range_is_refused()
    {
        var error = await InsertFailsAsync(
            $"INSERT INTO campaigns (id, owner_id, name, status, routing_strategy, dial_timeout_seconds, created_at, updated_at) VALUES (gen_random_uuid(), '{Owner}', 'Too long', 'ACTIVE', 'PRIORITY', 301, now(), now())");
        Assert.Equal("ck_campaigns_dial_timeout_range", error.ConstraintName);
    }

    private static string UserInsert(string username, string email, string role = "SELLER") =>
        $"INSERT INTO users (id, username, email, password_hash, role, status, time_zone, security_stamp, created_at, updated_at) " +
        $"VALUES (gen_random_uuid(), '{username}', '{email}', 'x', '{role}', 'ACTIVE', 'UTC', gen_random_uuid(), now(), now())";

    private static string LinkInsert(Guid id, Dictionary<string, string> v) =>
        "INSERT INTO campaign_clients (id, campaign_id, client_id, status, max_concurrency, total_calls_allowed, total_calls_used, priority, weight, created_at, updated_at) " +
        $"VALUES ('{id}', '{Campaign}', '{Client}', {v["status"]}, {v["max_concurrency"]}, {v["total_calls_allowed"]}, {v["total_calls_used"]}, {v["priority"]}, {v["weight"]}, now(), now())";

    private async Task EnsureBaseRowsAsync()
    {
        await ExecuteAsync(
            $"INSERT INTO users (id, username, email, password_hash, role, status, time_zone, security_stamp, created_at, updated_at) " +
            $"VALUES ('{Owner}', 'seller_alice_test', 'alice.test@example.com', 'x', 'SELLER', 'ACTIVE', 'UTC', gen_random_uuid(), now(), now()) ON CONFLICT DO NOTHING;" +
            $"INSERT INTO campaigns (id, owner_id, name, status, routing_strategy, dial_timeout_seconds, created_at, updated_at) " +
            $"VALUES ('{Campaign}', '{Owner}', 'Base', 'ACTIVE', 'PRIORITY', 30, now(), now()) ON CONFLICT DO NOTHING;" +
            $"INSERT INTO clients (id, identifier, name, status, created_at, updated_at) " +
            $"VALUES ('{Client}', 'base_client', 'Base', 'ACTIVE', now(), now()) ON CONFLICT DO NOTHING;");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<PostgresException> InsertFailsAsync(string sql)
    {
        await EnsureBaseRowsAsync();
        return await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(sql));
    }
}
