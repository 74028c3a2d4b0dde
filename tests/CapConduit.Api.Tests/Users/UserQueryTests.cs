using System.Text.Json;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Users;

/// <summary>The users list, user(id) and me. A database of its own with a known set of users.</summary>
public sealed class UserQueryTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using (var db = postgres.CreateDbContext())
        {
            if (await db.Users.AnyAsync(u => u.Username == "q_staff"))
                return;
        }
        await TestUsers.AddAsync(postgres, "q_staff", UserRole.Staff);
        await TestUsers.AddAsync(postgres, "Q_admin", UserRole.Admin);
        await TestUsers.AddAsync(postgres, "q_seller_a", UserRole.Seller);
        await TestUsers.AddAsync(postgres, "q_seller_b", UserRole.Seller, UserStatus.Suspended);
        await TestUsers.AddAsync(postgres, "q_seller_c", UserRole.Seller, UserStatus.PendingApproval);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Staff_pages_through_users_forward_and_backward_in_username_order()
    {
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = await client.LoginAsync("q_staff", TestUsers.Password);

        var first = await UsersAsync(client, token, new { first = 2 });
        var second = await UsersAsync(client, token, new { first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var third = await UsersAsync(client, token, new { first = 2, after = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var back = await UsersAsync(client, token, new { last = 2, before = third.GetProperty("pageInfo").GetProperty("startCursor").GetString() });

        Assert.Equal(["Q_admin", "q_seller_a"], Names(first));
        Assert.Equal(["q_seller_b", "q_seller_c"], Names(second));
        Assert.Equal(["q_staff"], Names(third));
        Assert.Equal(["q_seller_b", "q_seller_c"], Names(back));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(third.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        Snapshot.Match(GraphQLJson.Scrub(first));
    }

    [Fact]
    public async Task Filters_by_role_status_and_text_combine()
    {
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = await client.LoginAsync("q_staff", TestUsers.Password);

        var sellers = await UsersAsync(client, token, new { filter = new { role = "SELLER" } });
        var suspended = await UsersAsync(client, token, new { filter = new { role = "SELLER", status = "SUSPENDED" } });
        var text = await UsersAsync(client, token, new { filter = new { search = "ADMIN" } });
        var email = await UsersAsync(client, token, new { filter = new { search = "seller_c@users" } });
        var wildcard = await UsersAsync(client, token, new { filter = new { search = "%" } });

        Assert.Equal(["q_seller_a", "q_seller_b", "q_seller_c"], Names(sellers));
        Assert.Equal(3, sellers.GetProperty("totalCount").GetInt32());
        Assert.Equal(["q_seller_b"], Names(suspended));
        Assert.Equal(["Q_admin"], Names(text));
        Assert.Equal(["q_seller_c"], Names(email));
        Assert.Empty(Names(wildcard));
    }

    [Fact]
    public async Task User_by_id_returns_the_user_or_null()
    {
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = await client.LoginAsync("q_staff", TestUsers.Password);
        await using var db = postgres.CreateDbContext();
        var seller = await db.Users.SingleAsync(u => u.Username == "q_seller_a");

        using var found = await client.PostAsync(UserOperations.UserById, new { id = seller.Id }, token);
        using var missing = await client.PostAsync(UserOperations.UserById, new { id = Guid.NewGuid() }, token);

        Assert.Equal("q_seller_a", found.RootElement.GetProperty("data").GetProperty("user").GetProperty("username").GetString());
        Assert.Equal(JsonValueKind.Null, missing.RootElement.GetProperty("data").GetProperty("user").ValueKind);
    }

    [Fact]
    public async Task Password_hashes_are_not_in_the_schema()
    {
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();

        using var body = await client.PostAsync("{ __type(name: \"User\") { fields { name } } }");

        var fields = body.RootElement.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.DoesNotContain(fields, f => f.Contains("password", StringComparison.OrdinalIgnoreCase) || f.Contains("stamp", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<JsonElement> UsersAsync(GraphQLClient client, string token, object variables)
    {
        using var body = await client.PostAsync(UserOperations.Users, variables, token);
        Assert.True(GraphQLJson.ErrorCodes(body).Count == 0, body.RootElement.ToString());
        return body.RootElement.GetProperty("data").GetProperty("users").Clone();
    }

    private static List<string> Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("username").GetString()!).ToList();
}
