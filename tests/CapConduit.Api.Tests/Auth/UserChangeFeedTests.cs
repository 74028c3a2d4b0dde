using CapConduit.Api.Auth;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CapConduit.Api.Tests.Auth;

/// <summary>
/// The cached users behind the token check against real PostgreSQL: served without SQL once cached, and dropped when
/// the row changes, including changes made outside the API and changes made while the change feed was down.
/// </summary>
public sealed class UserChangeFeedTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Me = "{ me { id username status } }";

    [Fact]
    public async Task Once_the_user_is_cached_an_authenticated_me_runs_no_sql()
    {
        await using var api = await StartAsync();
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("cached"), UserRole.Seller);
        var client = api.Client();
        var token = await client.LoginAsync(user.Username, TestUsers.Password);
        using (await client.PostAsync(Me, bearer: token)) { }
        using var counter = new SqlCommandCounter(postgres.DatabaseName);

        using var body = await client.PostAsync(Me, bearer: token);

        Assert.Equal(user.Username, body.RootElement.GetProperty("data").GetProperty("me").GetProperty("username").GetString());
        Assert.Empty(counter.Commands);
    }

    [Fact]
    public async Task A_change_made_in_sql_outside_the_api_revokes_cached_tokens()
    {
        await using var api = await StartAsync();
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("outside"), UserRole.Staff);
        var token = api.Services.GetRequiredService<TokenService>().CreateAccessToken(user).Token;
        var validator = api.Services.GetRequiredService<AccessTokenValidator>();
        Assert.NotNull(await validator.ValidateAsync(token, default));

        await SetStatusAsync(user.Id, UserStatus.Suspended);

        await Eventually.TrueAsync(async () => await validator.ValidateAsync(token, default) is null,
            "PostgreSQL announced the suspension and the cached user was dropped", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_change_made_while_the_feed_was_down_is_seen_once_it_is_back()
    {
        await using var api = await StartAsync();
        var cache = api.Services.GetRequiredService<CurrentUserCache>();
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("gap"), UserRole.Seller);
        var token = api.Services.GetRequiredService<TokenService>().CreateAccessToken(user).Token;
        var validator = api.Services.GetRequiredService<AccessTokenValidator>();
        Assert.NotNull(await validator.ValidateAsync(token, default));
        await using var open = new NpgsqlConnection(postgres.ConnectionString);
        await open.OpenAsync();

        // Cut the feed and keep it from reconnecting while the user is deactivated, so the announcement is lost.
        await AllowConnectionsAsync(false);
        try
        {
            await TerminateFeedAsync();
            await Eventually.TrueAsync(() => !cache.IsActive, "the listener noticed that its connection is gone");
            await using var update = new NpgsqlCommand("UPDATE users SET status = 'INACTIVE' WHERE id = @id", open);
            update.Parameters.AddWithValue("id", user.Id);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        finally
        {
            await AllowConnectionsAsync(true);
        }

        await Eventually.TrueAsync(() => cache.IsActive, "the listener reconnected", TimeSpan.FromSeconds(15));
        Assert.Null(await validator.ValidateAsync(token, default));
    }

    private async Task<ApiFactory> StartAsync()
    {
        var api = TestApi.Create(postgres, redis);
        var cache = api.Services.GetRequiredService<CurrentUserCache>();
        await Eventually.TrueAsync(() => cache.IsActive, "the user change feed is listening");
        return api;
    }

    private async Task SetStatusAsync(Guid userId, UserStatus status)
    {
        await using var db = postgres.CreateDbContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, status));
    }

    private async Task TerminateFeedAsync()
    {
        await using var admin = await postgres.OpenMaintenanceConnectionAsync();
        await using var kill = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND application_name = @app", admin);
        kill.Parameters.AddWithValue("db", postgres.DatabaseName);
        kill.Parameters.AddWithValue("app", UserChangeListener.ApplicationName);
        Assert.Equal(1L, await kill.ExecuteScalarAsync());
    }

    private async Task AllowConnectionsAsync(bool allow)
    {
        await using var admin = await postgres.OpenMaintenanceConnectionAsync();
        await using var alter = new NpgsqlCommand(
            $"ALTER DATABASE \"{postgres.DatabaseName}\" WITH ALLOW_CONNECTIONS {(allow ? "true" : "false")}", admin);
        await alter.ExecuteNonQueryAsync();
    }
}
