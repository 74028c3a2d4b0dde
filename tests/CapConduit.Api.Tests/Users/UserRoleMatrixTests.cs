using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.Users;

/// <summary>Every user operation as ADMIN, STAFF, SELLER and anonymous: allowed, FORBIDDEN or UNAUTHENTICATED.</summary>
public sealed class UserRoleMatrixTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Allowed = "ALLOWED";
    private const string Anonymous = "ANONYMOUS";

    public static TheoryData<string, string, string> Matrix()
    {
        var expected = new Dictionary<string, (string Admin, string Staff, string Seller)>
        {
            ["me"] = (Allowed, Allowed, Allowed),
            ["users"] = (Allowed, Allowed, "FORBIDDEN"),
            ["user"] = (Allowed, Allowed, "FORBIDDEN"),
            ["createUser"] = (Allowed, "FORBIDDEN", "FORBIDDEN"),
            ["updateUser"] = (Allowed, "FORBIDDEN", "FORBIDDEN"),
            ["setUserPassword"] = (Allowed, "FORBIDDEN", "FORBIDDEN"),
            ["deleteUser"] = (Allowed, "FORBIDDEN", "FORBIDDEN"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (operation, (admin, staff, seller)) in expected)
        {
            data.Add(operation, "ADMIN", admin);
            data.Add(operation, "STAFF", staff);
            data.Add(operation, "SELLER", seller);
            data.Add(operation, Anonymous, "UNAUTHENTICATED");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Operation_as_role_is_allowed_or_refused(string operation, string role, string expected)
    {
        await using var api = TestApi.Create(postgres, redis);
        var client = api.Client();
        var token = role == Anonymous ? null : await SignInAsAsync(client, Enum.Parse<UserRole>(role, ignoreCase: true));
        var target = await TestUsers.AddAsync(postgres, TestUsers.Unique("target"), UserRole.Seller);

        var (query, variables) = Request(operation, target);
        using var body = await client.PostAsync(query, variables, token);

        var codes = GraphQLJson.ErrorCodes(body);
        if (expected == Allowed)
        {
            Assert.Empty(codes);
            var payload = body.RootElement.GetProperty("data").GetProperty(operation);
            if (payload.ValueKind == System.Text.Json.JsonValueKind.Object && payload.TryGetProperty("errors", out var errors))
                Assert.Empty(errors.EnumerateArray());
        }
        else
        {
            Assert.Equal([expected], codes);
        }
    }

    private async Task<string> SignInAsAsync(GraphQLClient client, UserRole role)
    {
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique(role.ToString().ToLowerInvariant()), role);
        return await client.LoginAsync(user.Username, TestUsers.Password);
    }

    private static (string Query, object? Variables) Request(string operation, User target) => operation switch
    {
        "me" => (UserOperations.Me, null),
        "users" => (UserOperations.Users, new { first = 5 }),
        "user" => (UserOperations.UserById, new { id = target.Id }),
        "createUser" => (UserOperations.CreateUser, new
        {
            input = new { username = TestUsers.Unique("new"), email = $"{Guid.NewGuid():N}@example.com", password = "long enough", role = "SELLER" },
        }),
        "updateUser" => (UserOperations.UpdateUser, new { input = new { id = target.Id, fullName = "Renamed" } }),
        "setUserPassword" => (UserOperations.SetUserPassword, new { input = new { id = target.Id, newPassword = "another long one" } }),
        "deleteUser" => (UserOperations.DeleteUser, new { input = new { id = target.Id } }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No request for this operation."),
    };
}
