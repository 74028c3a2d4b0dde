using System.Net.Http.Json;
using System.Text.Json;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;

namespace CapConduit.EndToEnd.Tests.LiveEvents;

/// <summary>A third-party client (npm graphql-ws over real sockets) against the running server.</summary>
public sealed class GraphqlWsClientTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Password = "e2e password 123";

    [Fact]
    public async Task The_graphql_ws_package_receives_a_call_event_from_the_running_server()
    {
        await NodeGraphqlWsClient.EnsureInstalledAsync();
        var seller = await AddSellerAsync();
        await using var server = new LiveServer(postgres.ConnectionString, redis.ConnectionString);
        var token = await SignInAsync(server, seller.Username);

        await using var node = NodeGraphqlWsClient.Start(server.GraphQLWebSocketUri, token);
        Assert.Equal("ACKNOWLEDGED", await node.ReadLineAsync());
        await Eventually.TrueAsync(() => server.AttachedSubscribers == 1, "the graphql-ws subscription is attached");

        // TODO(feat/callflow): once the Stasis call flow is merged, cause this with a call through FakeAriServer.
        var campaign = Guid.NewGuid();
        await server.Publisher.PublishAsync(
            new LiveEvent(LiveEventType.CallStarted, "node-call-1", DateTimeOffset.UtcNow, seller.Id, campaign,
                "Node Campaign", "+18005550101", null, null, null),
            CancellationToken.None);

        using var printed = JsonDocument.Parse(await node.ReadLineAsync());
        var callEvent = printed.RootElement.GetProperty("data").GetProperty("callEvents");
        Assert.Equal("CALL_STARTED", callEvent.GetProperty("type").GetString());
        Assert.Equal("node-call-1", callEvent.GetProperty("callId").GetString());
        Assert.Equal(seller.Id.ToString(), callEvent.GetProperty("sellerId").GetString());
        Assert.Equal(campaign.ToString(), callEvent.GetProperty("campaignId").GetString());
        Assert.Equal(0, await node.WaitForExitAsync());
    }

    private static async Task<string> SignInAsync(LiveServer server, string username)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        using var response = await http.PostAsJsonAsync("graphql", new
        {
            query = "mutation($input: LoginInput!) { login(input: $input) { accessToken errors { code } } }",
            variables = new { input = new { username, password = Password } },
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var login = body.RootElement.GetProperty("data").GetProperty("login");
        Assert.Equal(0, login.GetProperty("errors").GetArrayLength());
        return login.GetProperty("accessToken").GetString()!;
    }

    private async Task<User> AddSellerAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var name = $"node_seller_{Guid.NewGuid():N}"[..24];
        var user = new User
        {
            Id = Guid.CreateVersion7(now), Username = name, Email = $"{name}@e2e.example", PasswordHash = PasswordHashing.Hash(Password),
            Role = UserRole.Seller, Status = UserStatus.Active, FullName = "Node Seller", TimeZone = "UTC",
            SecurityStamp = Guid.NewGuid(), CreatedAt = now, UpdatedAt = now,
        };
        await using var db = postgres.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
