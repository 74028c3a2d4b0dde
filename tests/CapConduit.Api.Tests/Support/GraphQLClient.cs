using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CapConduit.Api.Tests.Support;

/// <summary>Posts GraphQL requests to the in-process API, optionally with a bearer token, and returns the JSON body.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public const string LoginMutation = """
        mutation Login($input: LoginInput!) {
          login(input: $input) {
            accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
            user { id username role status }
            errors { code message field }
          }
        }
        """;

    public HttpClient Http { get; } = http;

    /// <summary>Posts <paramref name="query"/>; the body is returned whatever the HTTP status.</summary>
    public async Task<JsonDocument> PostAsync(string query, object? variables = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await Http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The <c>login</c> payload for these credentials.</summary>
    public async Task<JsonElement> LoginPayloadAsync(string username, string password)
    {
        using var body = await PostAsync(LoginMutation, new { input = new { username, password } });
        return body.RootElement.GetProperty("data").GetProperty("login").Clone();
    }

    /// <summary>Signs in and returns the access token; fails the test when sign-in fails.</summary>
    public async Task<string> LoginAsync(string username, string password)
    {
        var payload = await LoginPayloadAsync(username, password);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"Sign-in of {username} failed: {payload}");
        return payload.GetProperty("accessToken").GetString()!;
    }
}
