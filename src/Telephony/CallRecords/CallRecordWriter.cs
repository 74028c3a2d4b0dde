using System.Text.Json;
using CapConduit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace CapConduit.Telephony.CallRecords;

/// <summary>
/// Moves call records from the Redis stream into PostgreSQL in batches. Each batch is one transaction keyed
/// by the inbound channel id (INSERT … ON CONFLICT (channel_id) DO NOTHING), and an answered call adds one
/// to its link's total_calls_used only when its record row was inserted by that transaction, so a replay
/// neither doubles the record nor the count. Entries are acknowledged (XACK, then XDEL) only after commit:
/// while PostgreSQL is down they stay in the stream and the batch is retried with backoff. On start the
/// writer first re-reads its own unacknowledged entries, and it claims entries a crashed writer left (XAUTOCLAIM).
/// </summary>
public sealed partial class CallRecordWriter : BackgroundService
{
    private readonly IConnectionMultiplexer _redis;
    private readonly CallRecordStream _stream;
    private readonly IDbContextFactory<CapConduitDbContext> _databases;
    private readonly CallRecordsOptions _options;
    private readonly bool _enabled;
    private readonly TimeProvider _time;
    private readonly ILogger<CallRecordWriter> _logger;
    private long _written;
    private long _streamLength;

    public CallRecordWriter(IConnectionMultiplexer redis, CallRecordStream stream,
        IDbContextFactory<CapConduitDbContext> databases, IOptions<CallRecordsOptions> options,
        IOptions<TelephonyOptions> telephony, TimeProvider time, ILogger<CallRecordWriter> logger)
    {
        _redis = redis;
        _stream = stream;
        _databases = databases;
        _options = options.Value;
        _enabled = telephony.Value.Enabled;
        _time = time;
        _logger = logger;
    }

    /// <summary>Records this writer inserted (replays that changed nothing are not counted).</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Entries in the stream when last looked at (written records are deleted from it).</summary>
    public long LastStreamLength => Interlocked.Read(ref _streamLength);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled)
            return;
        var delay = _options.RetryInitialDelay;
        var readOwnPending = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EnsureGroupAsync().ConfigureAwait(false);
                var entries = await NextEntriesAsync(readOwnPending).ConfigureAwait(false);
                if (entries.Length == 0)
                {
                    if (readOwnPending)
                    {
                        readOwnPending = false;
                        continue;
                    }
                    Interlocked.Exchange(ref _streamLength, await _redis.GetDatabase().StreamLengthAsync(_stream.Key).ConfigureAwait(false));
                    await Task.Delay(_options.PollInterval, _time, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                await WriteUntilCommittedAsync(entries, stoppingToken).ConfigureAwait(false);
                await AcknowledgeAsync(entries).ConfigureAwait(false);
                delay = _options.RetryInitialDelay;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Entries read but not acknowledged stay pending for us; read them first again.
                readOwnPending = true;
                CallRecordsLog.ReadFailed(_logger, ex, delay);
                await DelayAsync(delay, stoppingToken).ConfigureAwait(false);
                delay = Next(delay);
            }
        }
    }

    private async Task<StreamEntry[]> NextEntriesAsync(bool ownPending)
    {
        var db = _redis.GetDatabase();
        if (ownPending)
            return await db.StreamReadGroupAsync(_stream.Key, _stream.Group, _options.ConsumerName, "0", _options.BatchSize).ConfigureAwait(false);
        var claimed = await db.StreamAutoClaimAsync(_stream.Key, _stream.Group, _options.ConsumerName,
            (long)_options.ClaimIdleAfter.TotalMilliseconds, "0-0", _options.BatchSize).ConfigureAwait(false);
        if (claimed.ClaimedEntries.Length > 0)
            return claimed.ClaimedEntries;
        return await db.StreamReadGroupAsync(_stream.Key, _stream.Group, _options.ConsumerName, StreamPosition.NewMessages, _options.BatchSize).ConfigureAwait(false);
    }

    private async Task EnsureGroupAsync()
    {
        try
        {
            await _redis.GetDatabase().StreamCreateConsumerGroupAsync(_stream.Key, _stream.Group, "0-0", createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
    }

    private async Task WriteUntilCommittedAsync(StreamEntry[] entries, CancellationToken cancellationToken)
    {
        var records = Decode(entries);
        var delay = _options.RetryInitialDelay;
        while (true)
        {
            try
            {
                var inserted = await WriteBatchAsync(records, cancellationToken).ConfigureAwait(false);
                Interlocked.Add(ref _written, inserted);
                CallRecordsLog.BatchWritten(_logger, records.Count, inserted);
                return;
            }
            catch (PostgresException ex) when (IsPermanent(ex))
            {
                // One record PostgreSQL refuses must not block every later one: write them singly, park the refused.
                CallRecordsLog.BatchRefused(_logger, ex, records.Count);
                await WriteOneByOneAsync(records, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                CallRecordsLog.BatchFailed(_logger, ex, records.Count, delay);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                delay = Next(delay);
            }
        }
    }

    private List<CallRecordMessage> Decode(StreamEntry[] entries)
    {
        var records = new List<CallRecordMessage>(entries.Length);
        foreach (var entry in entries)
        {
            try
            {
                var payload = (string?)entry[CallRecordStream.PayloadField];
                var record = payload is null ? null : JsonSerializer.Deserialize(payload, CallRecordJsonContext.Default.CallRecordMessage);
                if (record is null)
                    CallRecordsLog.Malformed(_logger, null, entry.Id.ToString());
                else
                    records.Add(record);
            }
            catch (JsonException ex)
            {
                CallRecordsLog.Malformed(_logger, ex, entry.Id.ToString());
            }
        }
        return records;
    }

    private async Task AcknowledgeAsync(StreamEntry[] entries)
    {
        var ids = entries.Select(e => e.Id).ToArray();
        var db = _redis.GetDatabase();
        await db.StreamAcknowledgeAsync(_stream.Key, _stream.Group, ids).ConfigureAwait(false);
        await db.StreamDeleteAsync(_stream.Key, ids).ConfigureAwait(false);
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private TimeSpan Next(TimeSpan delay) => TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.RetryMaxDelay.Ticks));
}
