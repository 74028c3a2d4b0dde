using System.Text.Json;
using Npgsql;
using StackExchange.Redis;

namespace CapConduit.Telephony.CallRecords;

public sealed partial class CallRecordWriter
{
    /// <summary>Data (22xxx) and integrity (23xxx) errors: retrying the same record can never succeed.</summary>
    private static bool IsPermanent(PostgresException ex) =>
        ex.SqlState.StartsWith("22", StringComparison.Ordinal) || ex.SqlState.StartsWith("23", StringComparison.Ordinal);

    private async Task WriteOneByOneAsync(IReadOnlyList<CallRecordMessage> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            var delay = _options.RetryInitialDelay;
            while (true)
            {
                try
                {
                    Interlocked.Add(ref _written, await WriteBatchAsync([record], cancellationToken).ConfigureAwait(false));
                    break;
                }
                catch (PostgresException ex) when (IsPermanent(ex))
                {
                    await ParkAsync(record, ex).ConfigureAwait(false);
                    break;
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested)
                {
                    CallRecordsLog.BatchFailed(_logger, ex, 1, delay);
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                    delay = Next(delay);
                }
            }
        }
    }

    /// <summary>Keeps a refused record in a side stream (<c>&lt;stream&gt;:refused</c>) for an operator, instead of losing it.</summary>
    private async Task ParkAsync(CallRecordMessage record, PostgresException error)
    {
        var payload = JsonSerializer.Serialize(record, CallRecordJsonContext.Default.CallRecordMessage);
        await _redis.GetDatabase().StreamAddAsync(_stream.Key.Append(":refused"),
        [
            new NameValueEntry(CallRecordStream.ChannelIdField, record.ChannelId),
            new NameValueEntry(CallRecordStream.PayloadField, payload),
            new NameValueEntry("error", $"{error.SqlState} {error.MessageText}"),
        ]).ConfigureAwait(false);
        CallRecordsLog.Parked(_logger, error, record.ChannelId);
    }
}
