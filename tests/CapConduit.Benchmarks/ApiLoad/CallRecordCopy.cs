using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using Npgsql;
using NpgsqlTypes;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>Writes generated call records with one binary COPY (Npgsql BeginBinaryImport): about 1M rows a minute here.</summary>
internal static class CallRecordCopy
{
    private const string Copy = """
        COPY call_records (id, seller_id, campaign_id, did_id, client_id, did_number, campaign_name, client_name,
          caller_number, caller_name, started_at, answered_at, ended_at, duration_seconds, talk_seconds, disposition,
          reject_reason, hangup_cause_code, hangup_cause_text, channel_id, linked_id) FROM STDIN (FORMAT BINARY)
        """;

    // Roughly what a call-distribution platform sees: most calls answered, some busy or unanswered, a few refused.
    private static readonly (Disposition Disposition, int Weight)[] Mix =
    [
        (Disposition.Answered, 60), (Disposition.NoAnswer, 15), (Disposition.Busy, 10),
        (Disposition.Failed, 5), (Disposition.Rejected, 7), (Disposition.Abandoned, 3),
    ];

    public static async Task WriteAsync(
        NpgsqlConnection connection, int count, IReadOnlyList<Campaign> campaigns, IReadOnlyList<CampaignDid> dids,
        IReadOnlyList<Client> clients, CancellationToken ct)
    {
        var random = new Random(20261123); // fixed seed: every run generates the same data
        var end = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromDays(90).TotalSeconds;
        await using var writer = await connection.BeginBinaryImportAsync(Copy, ct);
        for (var i = 0; i < count; i++)
        {
            var campaign = campaigns[random.Next(campaigns.Count)];
            var did = dids.First(d => d.CampaignId == campaign.Id).Did!;
            var client = clients[random.Next(clients.Count)];
            var disposition = Pick(random);
            var started = end.AddSeconds(-random.NextDouble() * span);
            var talk = disposition == Disposition.Answered ? random.Next(5, 900) : 0;
            var ring = random.Next(1, 30);
            var rejected = disposition == Disposition.Rejected;

            await writer.StartRowAsync(ct);
            await writer.WriteAsync(Guid.CreateVersion7(started), NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(campaign.OwnerId, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(campaign.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(did.Id, NpgsqlDbType.Uuid, ct);
            await WriteNullable(writer, rejected ? null : client.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(did.Number, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(campaign.Name, NpgsqlDbType.Varchar, ct);
            await WriteNullable(writer, rejected ? null : client.Name, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync($"+1{random.Next(200, 999)}555{random.Next(0, 10_000):D4}", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync("Bench Caller", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(started, NpgsqlDbType.TimestampTz, ct);
            await WriteNullable(writer, disposition == Disposition.Answered ? started.AddSeconds(ring) : null, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(started.AddSeconds(ring + talk), NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(ring + talk, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(talk, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(BenchmarkData.Text(disposition), NpgsqlDbType.Varchar, ct);
            await WriteNullable(writer, rejected ? BenchmarkData.Text(RejectReason.NoEligibleClient) : null, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(disposition == Disposition.Busy ? 17 : 16, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(disposition == Disposition.Busy ? "USER_BUSY" : "NORMAL_CLEARING", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync($"bench-{i}", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync($"bench-{i}", NpgsqlDbType.Varchar, ct);
        }

        await writer.CompleteAsync(ct);
    }

    private static Disposition Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (disposition, weight) in Mix)
        {
            if (roll < weight)
                return disposition;
            roll -= weight;
        }

        return Disposition.Answered;
    }

    private static Task WriteNullable(NpgsqlBinaryImporter writer, Guid? value, NpgsqlDbType type, CancellationToken ct) =>
        value is { } v ? writer.WriteAsync(v, type, ct) : writer.WriteNullAsync(ct);

    private static Task WriteNullable(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is { } v ? writer.WriteAsync(v, type, ct) : writer.WriteNullAsync(ct);

    private static Task WriteNullable(NpgsqlBinaryImporter writer, DateTimeOffset? value, NpgsqlDbType type, CancellationToken ct) =>
        value is { } v ? writer.WriteAsync(v, type, ct) : writer.WriteNullAsync(ct);
}
