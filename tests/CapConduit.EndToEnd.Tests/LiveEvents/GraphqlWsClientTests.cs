using System.Net.Http.Json;
using System.Text.Json;
using CapConduit.FakeAsterisk;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.Routing;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.EndToEnd.Tests.LiveEvents;

/// <summary>A third-party client (npm graphql-ws over real sockets) against the running server.</summary>
public sealed class GraphqlWsClientTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Password = "e2e password 123";

    [Fact]
    public async Task The_graphql_ws_package_receives_the_event_of_a_call_through_the_fake_asterisk()
    {
        await NodeGraphqlWsClient.EnsureInstalledAsync();
        var seller = await AddSellerAsync();
        var world = await CallWorld.CreateAsync(postgres.CreateDbContext, seller);
        await using var asterisk = new FakeAriServer(new FakeAriOptions { UniqueIdEpoch = 1_000_000_000 + Random.Shared.NextInt64(1_000_000_000) });
        await asterisk.StartAsync();
        asterisk.SetEndpoint(world.ClientEndpoint, EndpointBehavior.AnswerAfter(50));
        await using var server = new LiveServer(postgres.ConnectionString, redis.ConnectionString, new Dictionary<string, string?>
        {
            ["Ari:Url"] = asterisk.Url.ToString(),
            ["Ari:User"] = asterisk.Options.User,
            ["Ari:Password"] = asterisk.Options.Password,
            ["Ari:App"] = asterisk.Options.App,
        });
        var routing = server.Services.GetRequiredService<RoutingSnapshotHolder>();
        await Eventually.TrueAsync(() => routing.Current.TryFindDid(world.Did, out _), "the server loaded the DID into its routing snapshot");
        var token = await SignInAsync(server, seller.Username);

        await using var node = NodeGraphqlWsClient.Start(server.GraphQLWebSocketUri, token);
        Assert.Equal("ACKNOWLEDGED", await node.ReadLineAsync());
        await Eventually.TrueAsync(() => server.AttachedSubscribers == 1, "the graphql-ws subscription is attached");

        await Eventually.TrueAsync(() => asterisk.WebSocketCount > 0, "the server's Stasis app connected to the fake Asterisk");

        var channelId = asterisk.InjectInboundCall(world.Did, "+15551230000", "Node Caller");

        using var printed = JsonDocument.Parse(await node.ReadLineAsync());
        var callEvent = printed.RootElement.GetProperty("data").GetProperty("callEvents");
        Assert.Equal("CALL_STARTED", callEvent.GetProperty("type").GetString());
        Assert.Equal(channelId, callEvent.GetProperty("callId").GetString());
        Assert.Equal(seller.Id.ToString(), callEvent.GetProperty("sellerId").GetString());
        Assert.Equal(world.CampaignId.ToString(), callEvent.GetProperty("campaignId").GetString());
        Assert.Equal(world.Did, callEvent.GetProperty("didNumber").GetString());
        Assert.Equal(0, await node.WaitForExitAsync());

        // The same call on the live call board, as the seller's dashboard would read it once the client answered.
        await Eventually.TrueAsync(async () => await LiveCallStateAsync(server, token, channelId) == "CONNECTED", "liveCalls shows the call connected");
    }

    private static async Task<string?> LiveCallStateAsync(LiveServer server, string token, string callId)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await http.PostAsJsonAsync("graphql", new { query = "{ liveCalls { calls { callId state } } }" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("liveCalls").GetProperty("calls").EnumerateArray()
            .Where(c => c.GetProperty("callId").GetString() == callId)
            .Select(c => c.GetProperty("state").GetString())
            .FirstOrDefault();
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
            Id = Guid.CreateVersion7(now),
            Username = name,
            Email = $"{name}@e2e.example",
            PasswordHash = PasswordHashing.Hash(Password),
            Role = UserRole.Seller,
            Status = UserStatus.Active,
            FullName = "Node Seller",
            TimeZone = "UTC",
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = postgres.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
