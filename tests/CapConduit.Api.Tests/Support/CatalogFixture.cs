using System.Security.Claims;
using System.Text.Json;
using CapConduit.Api.Auth;
using CapConduit.Persistence;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CapConduit.Api.Tests.Support;

/// <summary>A signed-in test user.</summary>
public sealed record TestUser(Guid Id, string Username, UserRole Role);

/// <summary>
/// One database, Redis key prefix and in-process API per test class, with an admin, a staff member and two sellers.
/// Operations run through the real schema and executer with the user's claims (sub, name, role, tz) as the
/// request principal — what the JWT bearer handler produces — so resolvers see exactly what they see in production.
/// </summary>
public sealed class CatalogFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private readonly RedisFixture _redis = new();

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
            ["ConfigChanges:ChannelPrefix"] = KeyPrefix,
            ["Caps:KeyPrefix"] = KeyPrefix,
        });
        _ = Api.Services; // start the host (migrations already applied by the template)
        await using var db = CreateDbContext();
        Admin = Add(db, "cat_admin", UserRole.Admin);
        Staff = Add(db, "cat_staff", UserRole.Staff);
        Alice = Add(db, "cat_alice", UserRole.Seller);
        Bob = Add(db, "cat_bob", UserRole.Seller);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    /// <summary>Runs one operation as <paramref name="user"/> (null: anonymous) and returns the serialized response.</summary>
    public async Task<GraphQLResponse> ExecuteAsync(TestUser? user, string query, object? variables = null)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = services,
            User = Principal(user),
        });
        return new GraphQLResponse(JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone());
    }

    private static ClaimsPrincipal Principal(TestUser? user) => user is null
        ? new ClaimsPrincipal(new ClaimsIdentity())
        : new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(Viewer.UserIdClaim, user.Id.ToString()),
            new Claim(Viewer.UsernameClaim, user.Username),
            new Claim(Viewer.RoleClaim, user.Role.ToString().ToUpperInvariant()),
            new Claim(Viewer.TimeZoneClaim, "UTC"),
        ], authenticationType: "Test"));

    private static TestUser Add(CapConduitDbContext db, string username, UserRole role)
    {
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            Username = username,
            Email = $"{username}@example.test",
            PasswordHash = "not-used-by-these-tests",
            Role = role,
            Status = UserStatus.Active,
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Users.Add(user);
        return new TestUser(user.Id, username, role);
    }
}
