using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.CallRecords;

/// <summary>
/// Durable enqueue of finished calls: XADD to the call record stream, from which <see cref="CallRecordWriter"/>
/// writes PostgreSQL. If Redis itself is down when a call ends, the record waits in a bounded in-memory retry
/// queue that this service keeps retrying with backoff; only that window (Redis down and this process dying,
/// or more than <see cref="CallRecordsOptions.RetryQueueCapacity"/> records waiting) can lose a record, and
/// that is logged as an error naming the channel.
/// </summary>
public sealed class CallRecordOutbox : BackgroundService
{
    private readonly IConnectionMultiplexer _redis;
    private readonly CallRecordStream _stream;
    private readonly CallRecordsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CallRecordOutbox> _logger;
    private readonly Channel<CallRecordMessage> _retry;
    private int _waiting;

    public CallRecordOutbox(IConnectionMultiplexer redis, CallRecordStream stream, IOptions<CallRecordsOptions> options,
        TimeProvider time, ILogger<CallRecordOutbox> logger)
    {
        _redis = redis;
        _stream = stream;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _retry = Channel.CreateBounded<CallRecordMessage>(new BoundedChannelOptions(_options.RetryQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
        });
    }

    /// <summary>Records waiting in memory for Redis to come back.</summary>
    public int WaitingInMemory => Volatile.Read(ref _waiting);

    /// <summary>Enqueues the record; never throws for a Redis fault (it is kept for retry instead).</summary>
    public async Task EnqueueAsync(CallRecordMessage record, CancellationToken cancellationToken)
    {
        if (await TryAddAsync(record, cancellationToken).ConfigureAwait(false))
            return;
        if (_retry.Writer.TryWrite(record))
        {
            Interlocked.Increment(ref _waiting);
            CallRecordsLog.KeptInMemory(_logger, record.ChannelId, WaitingInMemory);
        }
        else
        {
            CallRecordsLog.RetryQueueFull(_logger, record.ChannelId, _options.RetryQueueCapacity);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = _options.RetryInitialDelay;
        try
        {
            while (await _retry.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                while (_retry.Reader.TryPeek(out var record))
                {
                    if (!await TryAddAsync(record, stoppingToken).ConfigureAwait(false))
                    {
                        await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(false);
                        delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.RetryMaxDelay.Ticks));
                        continue;
                    }
                    delay = _options.RetryInitialDelay;
                    _retry.Reader.TryRead(out _);
                    Interlocked.Decrement(ref _waiting);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (WaitingInMemory > 0)
                CallRecordsLog.LostAtShutdown(_logger, WaitingInMemory);
        }
    }

    private async Task<bool> TryAddAsync(CallRecordMessage record, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(record, CallRecordJsonContext.Default.CallRecordMessage);
        try
        {
            await _redis.GetDatabase().StreamAddAsync(_stream.Key,
                    [new NameValueEntry(CallRecordStream.ChannelIdField, record.ChannelId), new NameValueEntry(CallRecordStream.PayloadField, payload)])
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            CallRecordsLog.Enqueued(_logger, record.ChannelId, record.Disposition);
            return true;
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException or RedisServerException)
        {
            CallRecordsLog.EnqueueFailed(_logger, ex, record.ChannelId, _redis.Configuration);
            return false;
        }
    }
}
