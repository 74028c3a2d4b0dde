using CapConduit.Persistence;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using StackExchange.Redis;

namespace CapConduit.Api.Tests.Support;

/// <summary>A test user and the access token it got from the login mutation.</summary>
public sealed record TestUser(Guid Id, string Username, UserRole Role, string AccessToken);

/// <summary>
/// One database, Redis key prefix and in-process API per test class, with an admin, a staff member and two sellers
/// who signed in through the real login mutation. Operations go over HTTP with their bearer token, so the whole
/// pipeline (token validation, viewer, access rules, resolvers) is under test.
/// </summary>
public sealed class CatalogFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private readonly RedisFixture _redis = new();
    private GraphQLClient _client = null!;

    public string KeyPrefix { get; } = RedisFixture.NewKeyPrefix();
    public ApiFactory Api { get; private set; } = null!;
    public TestUser Admin { get; private set; } = null!;
    public TestUser Staff { get; private set; } = null!;
    public TestUser Alice { get; private set; } = null!;
    public TestUser Bob { get; private set; } = null!;
    public IConnectionMultiplexer Redis => _redis.Connection;
    public string DatabaseName => _postgres.DatabaseName;

    public CapConduitDbContext CreateDbContext() => _postgres.CreateDbContext();

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        await _redis.InitializeAsync();
        Api = new ApiFactory(_postgres.ConnectionString, _redis.ConnectionString, new Dictionary<string, string?>
        {
            ["Redis:KeyPrefix"] = KeyPrefix,
            ["ConfigChanges:ChannelPrefix"] = KeyPrefix,
            ["Caps:KeyPrefix"] = KeyPrefix,
        });
        _client = Api.Client();
        Admin = await SignInAsync("cat_admin", UserRole.Admin);
        Staff = await SignInAsync("cat_staff", UserRole.Staff);
        Alice = await SignInAsync("cat_alice", UserRole.Seller);
        Bob = await SignInAsync("cat_bob", UserRole.Seller);
    }

    public async Task DisposeAsync()
    {
        _client.Http.Dispose();
        await Api.DisposeAsync();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    /// <summary>Posts one operation as <paramref name="user"/> (null: anonymous) and returns the response body.</summary>
    public async Task<GraphQLResponse> ExecuteAsync(TestUser? user, string query, object? variables = null)
    {
        using var body = await _client.PostAsync(query, variables, user?.AccessToken);
        return new GraphQLResponse(body.RootElement.Clone());
    }

    private async Task<TestUser> SignInAsync(string username, UserRole role)
    {
        var user = await TestUsers.AddAsync(_postgres, username, role);
        return new TestUser(user.Id, username, role, await _client.LoginAsync(username, TestUsers.Password));
    }
}
