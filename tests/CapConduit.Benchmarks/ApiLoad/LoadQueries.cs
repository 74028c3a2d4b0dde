using System.Text.Json;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>The named GraphQL requests a load run can drive; each has a few variants so the server cannot cache one answer.</summary>
public static class LoadQueries
{
    public const string Me = "query { me { id username role } }";

    public const string Campaigns = """
        query { campaigns(first: 20) { edges { node { id name status links { id priority maxConcurrency client { id name } } } } } }
        """;

    public const string CallRecords = """
        query($filter: CallRecordFilter) {
          callRecords(first: 50, filter: $filter) {
            pageInfo { hasNextPage endCursor }
            nodes { id startedAt didNumber campaignName clientName callerNumber disposition talkSeconds }
          }
        }
        """;

    /// <summary>Request bodies per query name.</summary>
    public static Dictionary<string, IReadOnlyList<byte[]>> Build(ApiLoadOptions options, BenchmarkData data)
    {
        var since = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var all = new Dictionary<string, IReadOnlyList<byte[]>>(StringComparer.Ordinal)
        {
            ["me"] = [Body(Me, null)],
            ["campaigns"] = [Body(Campaigns, null)],
            // One campaign's last 30 days, rotating over the 20 campaigns.
            ["callRecords"] = [.. data.Campaigns.Select(c => Body(CallRecords, new { filter = new { campaignId = c.Id, fromDate = since } }))],
            // Not in the default set: caller-number prefix search over all sellers (admin), newest first.
            ["callRecordsByCaller"] = [.. Enumerable.Range(200, 20).Select(area => Body(CallRecords, new { filter = new { callerNumberPrefix = $"+1{area}555" } }))],
        };
        foreach (var (name, query) in options.ExtraQueries)
            all[name] = [Body(query, null)];
        return all;
    }

    private static byte[] Body(string query, object? variables) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query, variables });
}
