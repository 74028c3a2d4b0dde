using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapConduit.Api.Auth;
using CapConduit.Persistence.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Api.Tests.CallRecords;

/// <summary>Posts GraphQL over HTTP to the in-process server, signed in as one user with a token the server issued.</summary>
public sealed class GraphQLClient(ApiFactory api, User? user)
{
    private readonly HttpClient _http = Create(api, user);

    public async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
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

    private static HttpClient Create(ApiFactory api, User? user)
    {
        var http = api.CreateClient();
        if (user is not null)
        {
            var token = api.Services.GetRequiredService<TokenService>().CreateAccessToken(user);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }

        return http;
    }
}
