using CapConduit.Persistence;
using CapConduit.Persistence.Users;
using CapConduit.Telephony;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CapConduit.Api.Auth;

/// <summary>
/// Keeps one PostgreSQL connection listening on <see cref="UserChangeNotifications.Channel"/> and drops the announced
/// users from <see cref="CurrentUserCache"/>. The cache keeps entries only while this connection is up; it is
/// emptied when the connection is lost and again when it is back, since announcements in between are gone.
/// </summary>
public sealed class UserChangeListener(
    IConfiguration configuration,
    CurrentUserCache cache,
    IOptions<UserCacheOptions> options,
    TimeProvider time,
    ILogger<UserChangeListener> logger) : BackgroundService
{
    /// <summary>The listening connection's application_name, to find it in pg_stat_activity.</summary>
    public const string ApplicationName = "capconduit-user-changes";

    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.MaxAge <= TimeSpan.Zero)
            return;
        var connectionString = new NpgsqlConnectionStringBuilder(
            configuration.GetConnectionString(PersistenceServiceCollectionExtensions.ConnectionStringName))
        {
            ApplicationName = ApplicationName,
            Pooling = false,
        }.ConnectionString;

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                cache.StopListening();
                var delay = NextDelay(_failures++);
                AuthLog.UserChangesLost(logger, ex, delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }

        cache.StopListening();
    }

    private async Task ListenAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, e) =>
        {
            if (Guid.TryParse(e.Payload, out var userId))
                cache.Invalidate(userId);
        };
        await connection.OpenAsync(cancellationToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {UserChangeNotifications.Channel}", connection))
            await listen.ExecuteNonQueryAsync(cancellationToken);
        cache.StartListening();
        _failures = 0;
        AuthLog.UserChangesListening(logger);

        while (true)
        {
            // No announcement for a while: make sure the connection is alive, not silently gone.
            if (!await connection.WaitAsync(options.Value.KeepAliveInterval, cancellationToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private TimeSpan NextDelay(int failures) =>
        Backoff.Delay(failures, TimeSpan.FromMilliseconds(100), options.Value.ReconnectMaxDelay, Random.Shared.NextDouble());
}
