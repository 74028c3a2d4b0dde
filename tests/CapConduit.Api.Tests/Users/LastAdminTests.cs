using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Tests.Users;

/// <summary>The last active admin cannot be removed. A database of its own: these tests count every admin in it.</summary>
public sealed class LastAdminTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task The_sole_active_admin_cannot_be_demoted_deactivated_or_deleted()
    {
        await using (var db = postgres.CreateDbContext())
            await db.Users.ExecuteDeleteAsync();
        var admin = await TestUsers.AddAsync(postgres, "sole_admin", UserRole.Admin);
        await TestUsers.AddAsync(postgres, "inactive_admin", UserRole.Admin, UserStatus.Inactive);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = await client.LoginAsync("sole_admin", TestUsers.Password);

        var demote = await client.MutateAsync(UserOperations.UpdateUser, "updateUser", new { id = admin.Id, role = "STAFF" }, token);
        var deactivate = await client.MutateAsync(UserOperations.UpdateUser, "updateUser", new { id = admin.Id, status = "SUSPENDED" }, token);
        var delete = await client.MutateAsync(UserOperations.DeleteUser, "deleteUser", new { id = admin.Id }, token);

        Assert.Equal(["LAST_ADMIN"], GraphQLJson.UserErrorCodes(demote));
        Assert.Equal(["LAST_ADMIN"], GraphQLJson.UserErrorCodes(deactivate));
        Assert.Equal(["LAST_ADMIN"], GraphQLJson.UserErrorCodes(delete));
        await using var check = postgres.CreateDbContext();
        var stored = await check.Users.SingleAsync(u => u.Id == admin.Id);
        Assert.Equal((UserRole.Admin, UserStatus.Active), (stored.Role, stored.Status));
    }

    [Fact]
    public async Task Two_admins_deactivating_each_other_at_once_leave_one_active_admin()
    {
        await using (var db = postgres.CreateDbContext())
            await db.Users.ExecuteDeleteAsync();
        var first = await TestUsers.AddAsync(postgres, "admin_one", UserRole.Admin);
        var second = await TestUsers.AddAsync(postgres, "admin_two", UserRole.Admin);
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var firstToken = await client.LoginAsync("admin_one", TestUsers.Password);
        var secondToken = await client.LoginAsync("admin_two", TestUsers.Password);

        var results = await Task.WhenAll(
            client.PostAsync(UserOperations.UpdateUser, new { input = new { id = second.Id, status = "INACTIVE" } }, firstToken),
            client.PostAsync(UserOperations.UpdateUser, new { input = new { id = first.Id, status = "INACTIVE" } }, secondToken));

        foreach (var result in results)
            result.Dispose();
        await using var check = postgres.CreateDbContext();
        Assert.Equal(1, await check.Users.CountAsync(u => u.Role == UserRole.Admin && u.Status == UserStatus.Active));
    }
}
