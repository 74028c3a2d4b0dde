using System.Text.Json;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Auth;

public sealed class RefreshTokenTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string RefreshMutation = """
        mutation Refresh($input: RefreshTokenInput!) {
          refreshToken(input: $input) {
            accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
            user { username }
            errors { code message field }
          }
        }
        """;

    private const string LogoutMutation = """
        mutation Logout($input: RefreshTokenInput!) {
          logout(input: $input) { revoked errors { code message field } }
        }
        """;

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_issues_a_working_access_token()
    {
        var user = await TestUsers.AddAsync(postgres, "refresh_rotate", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var first = (await client.LoginPayloadAsync("refresh_rotate", TestUsers.Password)).GetProperty("refreshToken").GetString()!;

        var refreshed = await RefreshAsync(client, first);

        var second = refreshed.GetProperty("refreshToken").GetString()!;
        Assert.NotEqual(first, second);
        using var me = await client.PostAsync("{ me { username } }", bearer: refreshed.GetProperty("accessToken").GetString());
        Assert.Equal("refresh_rotate", me.RootElement.GetProperty("data").GetProperty("me").GetProperty("username").GetString());
        await using var db = postgres.CreateDbContext();
        var tokens = await db.RefreshTokens.Where(t => t.UserId == user.Id).OrderBy(t => t.CreatedAt).ToListAsync();
        Assert.Equal(2, tokens.Count);
        Assert.Equal(tokens[0].FamilyId, tokens[1].FamilyId);
        Assert.Equal(tokens[1].Id, tokens[0].ReplacedById);
        Assert.NotNull(tokens[0].RevokedAt);
        Assert.Null(tokens[1].RevokedAt);
        Assert.DoesNotContain(tokens, t => t.TokenHash == first || t.TokenHash == second);
        Snapshot.Match(GraphQLJson.Scrub(refreshed));
    }

    [Fact]
    public async Task Reusing_a_rotated_refresh_token_fails_and_revokes_the_whole_family()
    {
        await TestUsers.AddAsync(postgres, "refresh_reuse", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var stolen = (await client.LoginPayloadAsync("refresh_reuse", TestUsers.Password)).GetProperty("refreshToken").GetString()!;
        var legitimate = (await RefreshAsync(client, stolen)).GetProperty("refreshToken").GetString()!;

        var reuse = await RefreshAsync(client, stolen);
        var afterReuse = await RefreshAsync(client, legitimate);

        Assert.Equal(["INVALID_REFRESH_TOKEN"], GraphQLJson.UserErrorCodes(reuse));
        Assert.Equal(["INVALID_REFRESH_TOKEN"], GraphQLJson.UserErrorCodes(afterReuse));
        Snapshot.Match(GraphQLJson.Scrub(reuse));
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token()
    {
        await TestUsers.AddAsync(postgres, "refresh_logout", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = (await client.LoginPayloadAsync("refresh_logout", TestUsers.Password)).GetProperty("refreshToken").GetString()!;

        using var logout = await client.PostAsync(LogoutMutation, new { input = new { refreshToken = token } });
        var refresh = await RefreshAsync(client, token);

        Assert.True(logout.RootElement.GetProperty("data").GetProperty("logout").GetProperty("revoked").GetBoolean());
        Assert.Equal(["INVALID_REFRESH_TOKEN"], GraphQLJson.UserErrorCodes(refresh));
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_refused()
    {
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();

        var refresh = await RefreshAsync(client, "bm90LWEtcmVhbC10b2tlbg");
        using var logout = await client.PostAsync(LogoutMutation, new { input = new { refreshToken = "bm90LWEtcmVhbC10b2tlbg" } });

        Assert.Equal(["INVALID_REFRESH_TOKEN"], GraphQLJson.UserErrorCodes(refresh));
        Assert.False(logout.RootElement.GetProperty("data").GetProperty("logout").GetProperty("revoked").GetBoolean());
    }

    [Fact]
    public async Task A_deactivated_user_cannot_refresh()
    {
        var user = await TestUsers.AddAsync(postgres, "refresh_inactive", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = (await client.LoginPayloadAsync("refresh_inactive", TestUsers.Password)).GetProperty("refreshToken").GetString()!;
        await using (var db = postgres.CreateDbContext())
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UserStatus.Suspended));

        var refresh = await RefreshAsync(client, token);

        Assert.Equal(["ACCOUNT_INACTIVE"], GraphQLJson.UserErrorCodes(refresh));
    }

    private static async Task<JsonElement> RefreshAsync(GraphQLClient client, string token)
    {
        using var body = await client.PostAsync(RefreshMutation, new { input = new { refreshToken = token } });
        return body.RootElement.GetProperty("data").GetProperty("refreshToken").Clone();
    }
}
