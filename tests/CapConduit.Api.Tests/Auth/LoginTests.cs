using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Auth;

public sealed class LoginTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string MeQuery = "{ me { username role status timeZone } }";

    [Fact]
    public async Task Sign_in_returns_an_access_token_a_refresh_token_and_the_user()
    {
        await TestUsers.AddAsync(postgres, "login_success", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);

        var payload = await api.Client().LoginPayloadAsync("login_success", TestUsers.Password);

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, payload.GetProperty("accessToken").GetString()!.Split('.').Length);
        Assert.True(payload.GetProperty("refreshToken").GetString()!.Length >= 43);
        Snapshot.Match(GraphQLJson.Scrub(payload));
    }

    [Fact]
    public async Task The_access_token_signs_in_later_requests()
    {
        await TestUsers.AddAsync(postgres, "login_me", UserRole.Staff);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = await client.LoginAsync("login_me", TestUsers.Password);

        using var body = await client.PostAsync(MeQuery, bearer: token);

        Snapshot.Match(GraphQLJson.Scrub(body.RootElement));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not.a.jwt")]
    public async Task Me_without_a_valid_token_is_unauthenticated(string? token)
    {
        await using var api = TestApi.Create(postgres, redis);

        using var body = await api.Client().PostAsync(MeQuery, bearer: token);

        Assert.Equal(["UNAUTHENTICATED"], GraphQLJson.ErrorCodes(body));
    }

    [Fact]
    public async Task Username_is_matched_ignoring_case()
    {
        await TestUsers.AddAsync(postgres, "Login_Case", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);

        var payload = await api.Client().LoginPayloadAsync("LOGIN_case", TestUsers.Password);

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("Login_Case", payload.GetProperty("user").GetProperty("username").GetString());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_answer()
    {
        await TestUsers.AddAsync(postgres, "login_wrong", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();

        var wrongPassword = await client.LoginPayloadAsync("login_wrong", "not the password");
        var unknownUser = await client.LoginPayloadAsync("login_nobody", "not the password");

        Assert.Equal(["INVALID_CREDENTIALS"], GraphQLJson.UserErrorCodes(wrongPassword));
        Assert.Equal(wrongPassword.GetRawText(), unknownUser.GetRawText());
        Snapshot.Match(GraphQLJson.Scrub(wrongPassword));
    }

    [Theory]
    [InlineData(UserStatus.Inactive)]
    [InlineData(UserStatus.PendingApproval)]
    [InlineData(UserStatus.Suspended)]
    public async Task A_user_who_is_not_active_cannot_sign_in(UserStatus status)
    {
        var username = TestUsers.Unique("inactive");
        await TestUsers.AddAsync(postgres, username, UserRole.Seller, status);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();

        var rightPassword = await client.LoginPayloadAsync(username, TestUsers.Password);
        var wrongPassword = await client.LoginPayloadAsync(username, "not the password");

        Assert.Equal(["ACCOUNT_INACTIVE"], GraphQLJson.UserErrorCodes(rightPassword));
        Assert.Equal(JsonValueKindNull, rightPassword.GetProperty("accessToken").ValueKind);
        Assert.Equal(["INVALID_CREDENTIALS"], GraphQLJson.UserErrorCodes(wrongPassword));
    }

    [Fact]
    public async Task A_missing_field_is_a_validation_error_and_an_empty_one_a_user_error()
    {
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();

        using var missing = await client.PostAsync(GraphQLClient.LoginMutation, new { input = new { username = "someone" } });
        var empty = await client.LoginPayloadAsync("", "whatever");

        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], GraphQLJson.ErrorCodes(missing));
        Snapshot.Match(GraphQLJson.Scrub(empty));
    }

    [Fact]
    public async Task Repeated_failures_for_one_username_block_it_even_with_the_right_password()
    {
        await TestUsers.AddAsync(postgres, "throttled_user", UserRole.Seller);
        await TestUsers.AddAsync(postgres, "throttled_other", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis, new Dictionary<string, string?>
        {
            ["LoginThrottle:MaxFailuresPerUsername"] = "3",
            ["LoginThrottle:MaxFailuresPerAddress"] = "50",
        });
        var client = api.Client();

        for (var i = 0; i < 3; i++)
            Assert.Equal(["INVALID_CREDENTIALS"], GraphQLJson.UserErrorCodes(await client.LoginPayloadAsync("THROTTLED_user", "wrong")));
        var blocked = await client.LoginPayloadAsync("throttled_user", TestUsers.Password);
        var other = await client.LoginPayloadAsync("throttled_other", TestUsers.Password);

        Assert.Equal(["TOO_MANY_ATTEMPTS"], GraphQLJson.UserErrorCodes(blocked));
        Assert.Empty(GraphQLJson.UserErrorCodes(other));
    }

    [Fact]
    public async Task Repeated_failures_from_one_address_block_every_username_from_it()
    {
        await TestUsers.AddAsync(postgres, "address_victim", UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis, new Dictionary<string, string?>
        {
            ["LoginThrottle:MaxFailuresPerUsername"] = "5",
            ["LoginThrottle:MaxFailuresPerAddress"] = "4",
        });
        var client = api.Client();

        for (var i = 0; i < 4; i++)
            await client.LoginPayloadAsync($"address_guess_{i}", "wrong");
        var blocked = await client.LoginPayloadAsync("address_victim", TestUsers.Password);

        Assert.Equal(["TOO_MANY_ATTEMPTS"], GraphQLJson.UserErrorCodes(blocked));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
