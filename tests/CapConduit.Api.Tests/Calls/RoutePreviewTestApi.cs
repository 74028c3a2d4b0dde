using System.Text.Json;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Seed;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Api.Tests.Calls;

/// <summary>An API over the sample data (PRODUCT §8) with a Redis key prefix of the test's own for caps and notices.</summary>
internal static class RoutePreviewTestApi
{
    public const string Query = """
        query Preview($did: String!) {
          routePreview(didNumber: $did) {
            didNumber rejected
            campaign { id name routingStrategy dialTimeoutSeconds }
            eligible { order linkId clientId clientIdentifier clientName priority weight liveCalls maxConcurrency totalCallsUsed totalCallsAllowed }
            skipped { linkId clientName reason }
          }
        }
        """;

    public static async Task<ApiFactory> CreateSeededAsync(PostgresFixture postgres, RedisFixture redis)
    {
        var prefix = RedisFixture.NewKeyPrefix();
        var api = TestApi.Create(postgres, redis, new Dictionary<string, string?>
        {
            ["Caps:KeyPrefix"] = prefix,
            ["ConfigChanges:ChannelPrefix"] = prefix,
            ["LiveEvents:ChannelPrefix"] = prefix,
        });
        await api.Services.GetRequiredService<SampleDataSeeder>().SeedAsync(CancellationToken.None);
        return api;
    }

    /// <summary>Signs in as a sample user (password "password") and asks for the preview of <paramref name="did"/>.</summary>
    public static async Task<JsonDocument> PreviewAsync(this GraphQLClient client, string? username, string did)
    {
        var token = username is null ? null : await client.LoginAsync(username, SampleData.Password);
        return await client.PostAsync(Query, new { did }, token);
    }

    public static JsonElement Preview(this JsonDocument body) => body.RootElement.GetProperty("data").GetProperty("routePreview");

    public static IReadOnlyList<(string? Client, string? Reason)> Skips(this JsonElement preview) =>
        [.. preview.GetProperty("skipped").EnumerateArray()
            .Select(s => (s.GetProperty("clientName").GetString(), s.GetProperty("reason").GetString()))
            .OrderBy(s => s.Item1)];

    public static IReadOnlyList<string?> EligibleClients(this JsonElement preview) =>
        [.. preview.GetProperty("eligible").EnumerateArray().Select(l => l.GetProperty("clientIdentifier").GetString())];
}
