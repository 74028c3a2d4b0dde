using System.Net.Http.Json;
using System.Text.Json;
using CapConduit.Api.Auth;
using Microsoft.Extensions.Options;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>Gets the benchmark admin's access token: the <c>login</c> mutation, or, on a server without it, the server's own token service.</summary>
public static class SignIn
{
    private const string Login = """
        mutation($input: LoginInput!) { login(input: $input) { accessToken errors { code message } } }
        """;

    public static async Task<string> AccessTokenAsync(Uri url, ApiLoadOptions options, BenchmarkData data, CancellationToken ct)
    {
        if (options.Token is { } given)
            return given;
        using var http = new HttpClient { BaseAddress = url };
        var variables = new { input = new { username = BenchmarkData.AdminUsername, password = BenchmarkData.Password } };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Login, variables }, ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        if (body.RootElement.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            && d.GetProperty("login").GetProperty("accessToken").GetString() is { } token)
        {
            Console.WriteLine($"Signed in as {BenchmarkData.AdminUsername} through login.");
            return token;
        }

        // The server validates this token against the user row on every request, like one from login.
        Console.WriteLine($"login unavailable ({Shorten(body.RootElement.ToString())}); issuing a token with the shared signing key.");
        var jwt = Options.Create(new JwtOptions { SigningKey = options.SigningKey });
        return new TokenService(jwt, TimeProvider.System).CreateAccessToken(data.Admin).Token;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
