using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Npgsql;

namespace CapConduit.Persistence.Tests.Notifications;

/// <summary>The users trigger announces committed updates and deletes, whoever makes them (raw SQL here).</summary>
public sealed class UserChangeNotificationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Updates_and_deletes_are_announced_with_the_user_id_once_committed()
    {
        var id = Guid.NewGuid();
        await using var listener = await OpenAsync();
        var payloads = new List<string>();
        listener.Notification += (_, e) =>
        {
            if (e.Channel == UserChangeNotifications.Channel)
                payloads.Add(e.Payload);
        };
        await ExecuteAsync(listener, $"LISTEN {UserChangeNotifications.Channel}");
        await using var writer = await OpenAsync();
        await ExecuteAsync(writer, $"""
            INSERT INTO users (id, username, email, password_hash, role, status, time_zone, security_stamp, created_at, updated_at)
            VALUES ('{id}', 'notified_{id:N}', 'notified_{id:N}@users.example', 'x', 'SELLER', 'ACTIVE', 'UTC', gen_random_uuid(), now(), now())
            """);

        await using (var transaction = await writer.BeginTransactionAsync())
        {
            await ExecuteAsync(writer, $"UPDATE users SET status = 'SUSPENDED' WHERE id = '{id}'", transaction);
            Assert.False(await listener.WaitAsync(TimeSpan.FromMilliseconds(200)), "announced before the commit");
            await transaction.CommitAsync();
        }
        Assert.True(await listener.WaitAsync(TimeSpan.FromSeconds(5)), "no announcement after the update");
        await ExecuteAsync(writer, $"DELETE FROM users WHERE id = '{id}'");
        Assert.True(await listener.WaitAsync(TimeSpan.FromSeconds(5)), "no announcement after the delete");

        Assert.Equal([id.ToString(), id.ToString()], payloads);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
