using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Tests.Auth;

/// <summary>graphql-transport-ws: the connection_init payload's bearer token decides who the connection acts as.</summary>
public sealed class WebSocketAuthenticationTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const int Forbidden = 4403;

    [Fact]
    public async Task A_valid_bearer_in_connection_init_is_acknowledged_and_acts_as_the_user()
    {
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("ws_user"), UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis);
        var token = await api.Client().LoginAsync(user.Username, TestUsers.Password);
        using var socket = await ConnectAsync(api);

        await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token } });
        var ack = await ReceiveAsync(socket);
        await SendAsync(socket, new { type = "subscribe", id = "1", payload = new { query = "{ me { username } }" } });
        var next = await ReceiveAsync(socket);

        Assert.Equal("connection_ack", ack!.Value.GetProperty("type").GetString());
        Assert.Equal(user.Username, next!.Value.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("username").GetString());
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task An_invalid_bearer_in_connection_init_closes_the_socket_with_4403(string authorization)
    {
        await using var api = TestApi.Create(postgres, redis);
        using var socket = await ConnectAsync(api);

        await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = authorization } });

        Assert.Null(await ReceiveAsync(socket));
        Assert.Equal(Forbidden, (int?)socket.CloseStatus);
    }

    [Fact]
    public async Task A_connection_of_a_user_who_is_deactivated_is_closed_on_revalidation()
    {
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("ws_revoked"), UserRole.Seller);
        await using var api = TestApi.Create(postgres, redis, new Dictionary<string, string?> { ["GraphQL:RevalidationInterval"] = "00:00:00.200" });
        var token = await api.Client().LoginAsync(user.Username, TestUsers.Password);
        using var socket = await ConnectAsync(api);
        await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString());

        await using (var db = postgres.CreateDbContext())
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UserStatus.Inactive));

        Assert.Null(await ReceiveAsync(socket));
        Assert.Equal(Forbidden, (int?)socket.CloseStatus);
    }

    private static async Task<WebSocket> ConnectAsync(WebApplicationFactory<Program> api)
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null once the server closed the socket. The bound only stops a hung test.</summary>
    private static async Task<JsonElement?> ReceiveAsync(WebSocket socket)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, bound.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonDocument.Parse(Encoding.UTF8.GetString(text.ToArray())).RootElement.Clone();
        }
    }
}
