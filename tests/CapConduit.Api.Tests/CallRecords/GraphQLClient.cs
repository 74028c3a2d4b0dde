using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;

namespace CapConduit.Api.Tests.CallRecords;

/// <summary>
/// Posts GraphQL over HTTP to the in-process server, signed in as <paramref name="user"/> through the <c>login</c>
/// mutation (password <see cref="TestUsers.Password"/>); anonymous when the user is null. One sign-in per user and
/// server: password hashing is slow on purpose.
/// </summary>
public sealed class GraphQLClient(ApiFactory api, User? user)
{
    private static readonly ConditionalWeakTable<ApiFactory, ConcurrentDictionary<Guid, Task<string>>> Tokens = [];

    private readonly HttpClient _http = api.CreateClient();

    public async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (user is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body ?? throw new InvalidOperationException($"Empty response, HTTP {(int)response.StatusCode}.");
    }

    /// <summary>The response's data, failing the test with the errors when there are any.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        Assert.True(body["errors"] is null, "Unexpected errors: " + body["errors"]?.ToJsonString());
        return body["data"]!.AsObject();
    }

    private Task<string> TokenAsync(User signedIn) =>
        Tokens.GetOrCreateValue(api).GetOrAdd(signedIn.Id, _ => new Support.GraphQLClient(api.CreateClient())
            .LoginAsync(signedIn.Username, TestUsers.Password));
}
