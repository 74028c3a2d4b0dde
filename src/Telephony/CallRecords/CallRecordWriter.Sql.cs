using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CapConduit.Telephony.CallRecords;

public sealed partial class CallRecordWriter
{
    // References go through sub-selects so a client, link or campaign deleted since the call turns into NULL
    // (the copied names keep the record readable) instead of a foreign-key failure that would block the queue.
    private const string InsertRecord = """
        INSERT INTO call_records (id, seller_id, campaign_id, did_id, client_id, link_id, did_number, campaign_name,
            client_name, caller_number, caller_name, started_at, answered_at, ended_at, duration_seconds, talk_seconds,
            disposition, reject_reason, hangup_cause_code, hangup_cause_text, channel_id, linked_id)
        VALUES (@id, (SELECT id FROM users WHERE id = @seller), (SELECT id FROM campaigns WHERE id = @campaign),
            (SELECT id FROM dids WHERE id = @did), (SELECT id FROM clients WHERE id = @client),
            (SELECT id FROM campaign_clients WHERE id = @link), @did_number, @campaign_name, @client_name,
            @caller_number, @caller_name, @started_at, @answered_at, @ended_at, @duration, @talk, @disposition,
            @reject_reason, @cause, @cause_text, @channel_id, @linked_id)
        ON CONFLICT (channel_id) DO NOTHING
        RETURNING id, link_id
        """;

    private const string InsertAttempt = """
        INSERT INTO call_attempts (id, call_record_id, sequence, client_id, link_id, client_name, endpoint, channel_id,
            started_at, ended_at, result, hangup_cause_code, hangup_cause_text)
        VALUES (@id, @record, @sequence, (SELECT id FROM clients WHERE id = @client),
            (SELECT id FROM campaign_clients WHERE id = @link), @client_name, @endpoint, @channel_id, @started_at,
            @ended_at, @result, @cause, @cause_text)
        """;

    private const string CountAnswer = "UPDATE campaign_clients SET total_calls_used = total_calls_used + 1 WHERE id = @link";

    /// <summary>Writes the batch in one transaction; returns how many records were new.</summary>
    private async Task<int> WriteBatchAsync(IReadOnlyList<CallRecordMessage> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
            return 0;
        await using var db = await _databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var inserted = 0;
        foreach (var record in records)
        {
            if (await InsertAsync(connection, transaction, record, cancellationToken).ConfigureAwait(false))
                inserted++;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    private static async Task<bool> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CallRecordMessage r, CancellationToken cancellationToken)
    {
        Guid recordId;
        Guid? linkId;
        await using (var command = new NpgsqlCommand(InsertRecord, connection, transaction))
        {
            command.Parameters.Add(Uuid("id", r.Id));
            command.Parameters.Add(Uuid("seller", r.SellerId));
            command.Parameters.Add(Uuid("campaign", r.CampaignId));
            command.Parameters.Add(Uuid("did", r.DidId));
            command.Parameters.Add(Uuid("client", r.ClientId));
            command.Parameters.Add(Uuid("link", r.LinkId));
            command.Parameters.Add(Text("did_number", r.DidNumber));
            command.Parameters.Add(Text("campaign_name", r.CampaignName));
            command.Parameters.Add(Text("client_name", r.ClientName));
            command.Parameters.Add(Text("caller_number", r.CallerNumber));
            command.Parameters.Add(Text("caller_name", r.CallerName));
            command.Parameters.Add(Time("started_at", r.StartedAt));
            command.Parameters.Add(Time("answered_at", r.AnsweredAt));
            command.Parameters.Add(Time("ended_at", r.EndedAt < r.StartedAt ? r.StartedAt : r.EndedAt));
            command.Parameters.Add(Int("duration", r.DurationSeconds));
            command.Parameters.Add(Int("talk", r.TalkSeconds));
            command.Parameters.Add(Text("disposition", r.Disposition));
            command.Parameters.Add(Text("reject_reason", r.RejectReason));
            command.Parameters.Add(Int("cause", r.HangupCauseCode));
            command.Parameters.Add(Text("cause_text", r.HangupCauseText));
            command.Parameters.Add(Text("channel_id", r.ChannelId));
            command.Parameters.Add(Text("linked_id", r.LinkedId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                return false; // written before: a replay changes nothing, and counts nothing again
            recordId = reader.GetGuid(0);
            linkId = reader.IsDBNull(1) ? null : reader.GetGuid(1);
        }

        foreach (var a in r.Attempts)
        {
            await using var command = new NpgsqlCommand(InsertAttempt, connection, transaction);
            command.Parameters.Add(Uuid("id", a.Id));
            command.Parameters.Add(Uuid("record", recordId));
            command.Parameters.Add(Int("sequence", a.Sequence));
            command.Parameters.Add(Uuid("client", a.ClientId));
            command.Parameters.Add(Uuid("link", a.LinkId));
            command.Parameters.Add(Text("client_name", a.ClientName));
            command.Parameters.Add(Text("endpoint", a.Endpoint));
            command.Parameters.Add(Text("channel_id", a.ChannelId));
            command.Parameters.Add(Time("started_at", a.StartedAt));
            command.Parameters.Add(Time("ended_at", a.EndedAt < a.StartedAt ? a.StartedAt : a.EndedAt));
            command.Parameters.Add(Text("result", a.Result));
            command.Parameters.Add(Int("cause", a.HangupCauseCode));
            command.Parameters.Add(Text("cause_text", a.HangupCauseText));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (r.AnsweredAt is not null && linkId is { } link)
        {
            await using var command = new NpgsqlCommand(CountAnswer, connection, transaction);
            command.Parameters.Add(Uuid("link", link));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private static NpgsqlParameter Uuid(string name, Guid? value) =>
        new(name, NpgsqlDbType.Uuid) { Value = value is { } v ? v : DBNull.Value };

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = value is null ? DBNull.Value : value };

    private static NpgsqlParameter Int(string name, int? value) =>
        new(name, NpgsqlDbType.Integer) { Value = value is { } v ? v : DBNull.Value };

    private static NpgsqlParameter Time(string name, DateTimeOffset? value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value is { } v ? v.ToUniversalTime() : DBNull.Value };
}
