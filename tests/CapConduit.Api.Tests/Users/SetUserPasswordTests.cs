using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.Users;

public sealed class SetUserPasswordTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_user_changes_their_own_password_with_the_current_one_and_old_tokens_stop_working()
    {
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("self_pw"), UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = await client.LoginAsync(user.Username, TestUsers.Password);

        var wrong = await client.MutateAsync(UserOperations.SetUserPassword, "setUserPassword",
            new { id = user.Id, newPassword = "brand new password", currentPassword = "not it" }, token);
        var missing = await client.MutateAsync(UserOperations.SetUserPassword, "setUserPassword",
            new { id = user.Id, newPassword = "brand new password" }, token);
        var changed = await client.MutateAsync(UserOperations.SetUserPassword, "setUserPassword",
            new { id = user.Id, newPassword = "brand new password", currentPassword = TestUsers.Password }, token);

        Assert.Equal(["INVALID_CURRENT_PASSWORD"], GraphQLJson.UserErrorCodes(wrong));
        Assert.Equal(["REQUIRED"], GraphQLJson.UserErrorCodes(missing));
        Assert.Empty(GraphQLJson.UserErrorCodes(changed));
        using var me = await client.PostAsync(UserOperations.Me, bearer: token);
        Assert.Equal(["UNAUTHENTICATED"], GraphQLJson.ErrorCodes(me));
        Assert.Equal(["INVALID_CREDENTIALS"], GraphQLJson.UserErrorCodes(await client.LoginPayloadAsync(user.Username, TestUsers.Password)));
        await client.LoginAsync(user.Username, "brand new password");
    }

    [Fact]
    public async Task An_admin_resets_another_users_password_without_the_current_one()
    {
        var admin = await TestUsers.AddAsync(postgres, TestUsers.Unique("pw_admin"), UserRole.Admin);
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("pw_target"), UserRole.Staff);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var adminToken = await client.LoginAsync(admin.Username, TestUsers.Password);

        var tooShort = await client.MutateAsync(UserOperations.SetUserPassword, "setUserPassword", new { id = user.Id, newPassword = "short" }, adminToken);
        var reset = await client.MutateAsync(UserOperations.SetUserPassword, "setUserPassword", new { id = user.Id, newPassword = "reset by admin" }, adminToken);

        Assert.Equal(["PASSWORD_TOO_SHORT"], GraphQLJson.UserErrorCodes(tooShort));
        Assert.Empty(GraphQLJson.UserErrorCodes(reset));
        await client.LoginAsync(user.Username, "reset by admin");
    }

    [Fact]
    public async Task A_seller_cannot_set_another_users_password()
    {
        var seller = await TestUsers.AddAsync(postgres, TestUsers.Unique("pw_seller"), UserRole.Seller);
        var other = await TestUsers.AddAsync(postgres, TestUsers.Unique("pw_other"), UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = await client.LoginAsync(seller.Username, TestUsers.Password);

        using var body = await client.PostAsync(UserOperations.SetUserPassword,
            new { input = new { id = other.Id, newPassword = "hijacked password", currentPassword = TestUsers.Password } }, token);

        Assert.Equal(["FORBIDDEN"], GraphQLJson.ErrorCodes(body));
        await client.LoginAsync(other.Username, TestUsers.Password);
    }
}
