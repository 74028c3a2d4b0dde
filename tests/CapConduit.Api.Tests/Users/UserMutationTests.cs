using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Users;

public sealed class UserMutationTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Admin_creates_a_user_who_can_then_sign_in()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;

        var payload = await client.MutateAsync(UserOperations.CreateUser, "createUser", new
        {
            username = "created_seller",
            email = "Created.Seller@Example.com",
            password = "long enough",
            role = "SELLER",
            fullName = "Created Seller",
            companyName = "Leads Inc",
            timeZone = "Europe/Paris",
        }, admin);

        Assert.Empty(GraphQLJson.UserErrorCodes(payload));
        Snapshot.Match(GraphQLJson.Scrub(payload));
        await client.LoginAsync("created_seller", "long enough");
        await using var db = postgres.CreateDbContext();
        var stored = await db.Users.SingleAsync(u => u.Username == "created_seller");
        Assert.NotEqual("long enough", stored.PasswordHash);
        Assert.True(PasswordHashing.Verify(stored.PasswordHash, "long enough"));
    }

    [Fact]
    public async Task Invalid_fields_are_reported_together_with_their_paths_and_nothing_is_created()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;

        var payload = await client.MutateAsync(UserOperations.CreateUser, "createUser", new
        {
            username = "ab",
            email = "not-an-email",
            password = "short",
            role = "STAFF",
            timeZone = "Mars/Olympus",
        }, admin);

        Snapshot.Match(GraphQLJson.Scrub(payload));
        await using var db = postgres.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Username == "ab"));
    }

    [Fact]
    public async Task Usernames_and_emails_are_unique_ignoring_case()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;
        await client.MutateAsync(UserOperations.CreateUser, "createUser",
            new { username = "Unique_Name", email = "unique@example.com", password = "long enough", role = "SELLER" }, admin);

        var payload = await client.MutateAsync(UserOperations.CreateUser, "createUser",
            new { username = "UNIQUE_name", email = "UNIQUE@example.COM", password = "long enough", role = "SELLER" }, admin);

        Assert.Equal(["USERNAME_TAKEN", "EMAIL_TAKEN"], GraphQLJson.UserErrorCodes(payload));
        Snapshot.Match(GraphQLJson.Scrub(payload));
    }

    [Fact]
    public async Task Update_changes_only_the_given_fields()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;
        var target = await TestUsers.AddAsync(postgres, TestUsers.Unique("partial"), UserRole.Seller);

        var payload = await client.MutateAsync(UserOperations.UpdateUser, "updateUser",
            new { id = target.Id, fullName = "New Name", companyName = (string?)null }, admin);

        Assert.Empty(GraphQLJson.UserErrorCodes(payload));
        var user = payload.GetProperty("user");
        Assert.Equal("New Name", user.GetProperty("fullName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, user.GetProperty("companyName").ValueKind);
        Assert.Equal(target.Email, user.GetProperty("email").GetString());
        Assert.Equal("SELLER", user.GetProperty("role").GetString());
        Assert.Equal("ACTIVE", user.GetProperty("status").GetString());
        await using var db = postgres.CreateDbContext();
        Assert.Equal(target.SecurityStamp, (await db.Users.SingleAsync(u => u.Id == target.Id)).SecurityStamp);
    }

    [Fact]
    public async Task Update_refuses_a_taken_username_and_changes_nothing()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;
        var taken = await TestUsers.AddAsync(postgres, TestUsers.Unique("taken"), UserRole.Seller);
        var target = await TestUsers.AddAsync(postgres, TestUsers.Unique("renamed"), UserRole.Seller);

        var payload = await client.MutateAsync(UserOperations.UpdateUser, "updateUser",
            new { id = target.Id, username = taken.Username.ToUpperInvariant(), fullName = "Changed" }, admin);

        Assert.Equal(["USERNAME_TAKEN"], GraphQLJson.UserErrorCodes(payload));
        await using var db = postgres.CreateDbContext();
        Assert.Equal(target.FullName, (await db.Users.SingleAsync(u => u.Id == target.Id)).FullName);
    }

    [Theory]
    [InlineData("status", "INACTIVE")]
    [InlineData("status", "SUSPENDED")]
    [InlineData("role", "STAFF")]
    public async Task A_status_or_role_change_voids_the_users_tokens_on_the_next_request(string field, string value)
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;
        var target = await TestUsers.AddAsync(postgres, TestUsers.Unique("revoked"), UserRole.Seller);
        var login = await client.LoginPayloadAsync(target.Username, TestUsers.Password);
        var access = login.GetProperty("accessToken").GetString();
        using (var before = await client.PostAsync(UserOperations.Me, bearer: access))
            Assert.Empty(GraphQLJson.ErrorCodes(before));

        var input = new Dictionary<string, object> { ["id"] = target.Id, [field] = value };
        Assert.Empty(GraphQLJson.UserErrorCodes(await client.MutateAsync(UserOperations.UpdateUser, "updateUser", input, admin)));

        using var after = await client.PostAsync(UserOperations.Me, bearer: access);
        Assert.Equal(["UNAUTHENTICATED"], GraphQLJson.ErrorCodes(after));
        using var refresh = await client.PostAsync("mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { errors { code } } }",
            new { input = new { refreshToken = login.GetProperty("refreshToken").GetString() } });
        Assert.NotEmpty(refresh.RootElement.GetProperty("data").GetProperty("refreshToken").GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task An_admin_cannot_change_their_own_role_or_status_nor_delete_themselves()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;
        await TestUsers.AddAsync(postgres, TestUsers.Unique("other_admin"), UserRole.Admin);
        var me = await MeIdAsync(client, admin);

        var demote = await client.MutateAsync(UserOperations.UpdateUser, "updateUser", new { id = me, role = "STAFF" }, admin);
        var deactivate = await client.MutateAsync(UserOperations.UpdateUser, "updateUser", new { id = me, status = "INACTIVE" }, admin);
        var delete = await client.MutateAsync(UserOperations.DeleteUser, "deleteUser", new { id = me }, admin);

        Assert.Equal(["CANNOT_CHANGE_SELF"], GraphQLJson.UserErrorCodes(demote));
        Assert.Equal(["CANNOT_CHANGE_SELF"], GraphQLJson.UserErrorCodes(deactivate));
        Assert.Equal(["CANNOT_DELETE_SELF"], GraphQLJson.UserErrorCodes(delete));
    }

    [Fact]
    public async Task Deleting_a_user_removes_them_and_voids_their_tokens()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;
        var target = await TestUsers.AddAsync(postgres, TestUsers.Unique("deleted"), UserRole.Staff);
        var access = await client.LoginAsync(target.Username, TestUsers.Password);

        var payload = await client.MutateAsync(UserOperations.DeleteUser, "deleteUser", new { id = target.Id }, admin);

        Assert.Equal(target.Id.ToString(), payload.GetProperty("deletedUserId").GetString());
        using var me = await client.PostAsync(UserOperations.Me, bearer: access);
        Assert.Equal(["UNAUTHENTICATED"], GraphQLJson.ErrorCodes(me));
        await using var db = postgres.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Id == target.Id));
    }

    [Fact]
    public async Task A_user_who_owns_dids_cannot_be_deleted()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;
        var seller = await TestUsers.AddAsync(postgres, TestUsers.Unique("owner"), UserRole.Seller);
        await using (var db = postgres.CreateDbContext())
        {
            db.Dids.Add(new Did
            {
                Id = Guid.NewGuid(),
                Number = "+1800555" + Random.Shared.Next(1000, 9999),
                OwnerId = seller.Id,
                Status = DidStatus.Active,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var payload = await client.MutateAsync(UserOperations.DeleteUser, "deleteUser", new { id = seller.Id }, admin);

        Assert.Equal(["USER_HAS_DEPENDENTS"], GraphQLJson.UserErrorCodes(payload));
        await using var check = postgres.CreateDbContext();
        Assert.True(await check.Users.AnyAsync(u => u.Id == seller.Id));
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var (api, client, admin) = await SignedInAdminAsync();
        await using var _ = api;

        using var body = await client.PostAsync(UserOperations.UpdateUser, new { input = new { id = Guid.NewGuid(), fullName = "x" } }, admin);

        Assert.Equal(["NOT_FOUND"], GraphQLJson.ErrorCodes(body));
    }

    private async Task<(ApiFactory Api, GraphQLClient Client, string AdminToken)> SignedInAdminAsync()
    {
        var admin = await TestUsers.AddAsync(postgres, TestUsers.Unique("admin"), UserRole.Admin);
        var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        return (api, client, await client.LoginAsync(admin.Username, TestUsers.Password));
    }

    private static async Task<string> MeIdAsync(GraphQLClient client, string token)
    {
        using var body = await client.PostAsync(UserOperations.Me, bearer: token);
        return body.RootElement.GetProperty("data").GetProperty("me").GetProperty("id").GetString()!;
    }
}
