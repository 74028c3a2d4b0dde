using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.CallRecords;

public sealed partial class CallRecordSnapshotTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Query = """
        query($filter: CallRecordFilter) {
          callRecords(first: 2, filter: $filter) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage }
            edges {
              node {
                id sellerId campaignId didId clientId linkId didNumber campaignName clientName
                callerNumber callerName startedAt answeredAt endedAt durationSeconds talkSeconds
                disposition rejectReason hangupCause { code text } channelId linkedId
                attempts { sequence clientId linkId clientName endpoint channelId startedAt endedAt result hangupCause { code text } }
              }
            }
          }
          callStats(filter: $filter) { total answered answerRate totalTalkSeconds averageTalkSeconds byDisposition { disposition count } }
        }
        """;

    [Fact]
    public async Task A_page_of_records_with_attempts_and_its_stats()
    {
        var world = await CallRecordWorld.CreateAsync(postgres);
        var at = new DateTimeOffset(2026, 7, 4, 15, 30, 0, TimeSpan.Zero);
        world.NewRecord(world.AliceDid, at, Disposition.Answered, client: world.Alpha, callerNumber: "+12125550199", talkSeconds: 42, attempts: 2);
        world.NewRecord(world.AliceDid, at.AddMinutes(-3), Disposition.Rejected, callerNumber: "+12125550142");
        world.NewRecord(world.AliceDid, at.AddMinutes(-9), Disposition.NoAnswer, client: world.Beta, callerNumber: "+12125550150", attempts: 1);
        await world.SaveAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        var data = await new GraphQLClient(api, world.Alice).DataAsync(Query, new { filter = new { fromDate = "2026-07-04" } });

        Snapshot.Match(Scrub(data.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), world));
    }

    /// <summary>Ids, channel ids and generated names differ per run; each becomes a stable placeholder.</summary>
    private static string Scrub(string json, CallRecordWorld world)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        json = json.Replace(world.AliceDid.Number, "<alice-did>", StringComparison.Ordinal)
            .Replace(world.Alpha.Identifier, "<alpha-endpoint>", StringComparison.Ordinal)
            .Replace(world.Beta.Identifier, "<beta-endpoint>", StringComparison.Ordinal);
        json = Volatile().Replace(json, m =>
        {
            if (!names.TryGetValue(m.Value, out var name))
            {
                var kind = m.Groups["kind"].Value is { Length: > 0 } k ? k : "id-";
                name = $"<{kind}{names.Values.Count(n => n.StartsWith("<" + kind, StringComparison.Ordinal)) + 1}>";
                names[m.Value] = name;
            }

            return name;
        });
        return json;
    }

    [GeneratedRegex(@"(?<kind>chan-|linked-|)[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")]
    private static partial Regex Volatile();
}
