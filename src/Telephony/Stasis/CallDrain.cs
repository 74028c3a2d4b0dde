using CapConduit.Telephony.CallRecords;
using CapConduit.Telephony.Calls;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.Stasis;

/// <summary>
/// Graceful shutdown of the call engine. It runs in <see cref="StoppingAsync"/>, before any hosted service is
/// stopped, so the event stream, the record outbox and the record writer still work while it: (1) refuses new
/// inbound calls (REJECTED, CAPACITY_UNAVAILABLE, cause 34, so the carrier or another instance can take them);
/// (2) waits until every live call has ended or <see cref="TelephonyOptions.ShutdownDeadline"/> passed, then
/// ends the rest through their catch-all (hang up, free slots, write the record); (3) waits, up to
/// <see cref="TelephonyOptions.FlushTimeout"/>, until the in-memory retry queue reached the Redis stream and
/// the writer emptied the stream into PostgreSQL.
/// </summary>
public sealed class CallDrain : IHostedLifecycleService
{
    private static readonly TimeSpan FlushPoll = TimeSpan.FromMilliseconds(50);

    private readonly CallSessionRegistry _registry;
    private readonly CallRecordOutbox _outbox;
    private readonly CallRecordStream _stream;
    private readonly IConnectionMultiplexer _redis;
    private readonly TelephonyOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CallDrain> _logger;

    public CallDrain(CallSessionRegistry registry, CallRecordOutbox outbox, CallRecordStream stream,
        IConnectionMultiplexer redis, IOptions<TelephonyOptions> options, TimeProvider time, ILogger<CallDrain> logger)
    {
        _registry = registry;
        _outbox = outbox;
        _stream = stream;
        _redis = redis;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>The host's shutdown timeout this drain needs: the call deadline, the flush and a margin.</summary>
    public static TimeSpan RequiredShutdownTimeout(TelephonyOptions options) =>
        options.ShutdownDeadline + options.FlushTimeout + TimeSpan.FromSeconds(5);

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
            return;
        _registry.BeginDraining();
        CallDrainLog.Draining(_logger, _registry.Count, _options.ShutdownDeadline);

        using (var deadline = new CancellationTokenSource(_options.ShutdownDeadline, _time))
        using (var calls = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken))
        {
            if (!await WaitForCallsAsync(calls.Token).ConfigureAwait(false))
                await EndRemainingCallsAsync().ConfigureAwait(false);
        }

        using var flushTimeout = new CancellationTokenSource(_options.FlushTimeout, _time);
        using var flush = CancellationTokenSource.CreateLinkedTokenSource(flushTimeout.Token, cancellationToken);
        await FlushRecordsAsync(flush.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the calls still live at the deadline. Ending them cleanly matters more than the host's own timeout, so
    /// this waits up to the flush timeout even when the host is already impatient.
    /// </summary>
    private async Task EndRemainingCallsAsync()
    {
        var left = _registry.Sessions;
        CallDrainLog.DeadlineReached(_logger, left.Count);
        foreach (var session in left)
            session.Post(new ShutdownDeadlineReached { Type = nameof(ShutdownDeadlineReached) });
        using var grace = new CancellationTokenSource(_options.FlushTimeout, _time);
        if (!await WaitForCallsAsync(grace.Token).ConfigureAwait(false))
            CallDrainLog.CallsLeft(_logger, _registry.Count);
    }

    /// <summary>True once no call is live; false when <paramref name="cancellationToken"/> fired first.</summary>
    private async Task<bool> WaitForCallsAsync(CancellationToken cancellationToken)
    {
        while (_registry.Count > 0)
        {
            var pending = _registry.Sessions.Select(s => s.Completion).Where(t => !t.IsCompleted).ToArray();
            try
            {
                if (pending.Length > 0)
                    await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
                else // a session registered but not yet started, or between its last event and its removal
                    await Task.Delay(FlushPoll, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
        return true;
    }

    private async Task FlushRecordsAsync(CancellationToken cancellationToken)
    {
        var streamLength = -1L;
        while (true)
        {
            if (_outbox.WaitingInMemory == 0)
            {
                streamLength = await StreamLengthAsync().ConfigureAwait(false);
                if (streamLength == 0)
                {
                    CallDrainLog.Flushed(_logger);
                    return;
                }
            }
            try
            {
                await Task.Delay(FlushPoll, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                CallDrainLog.FlushIncomplete(_logger, _outbox.WaitingInMemory, streamLength, _stream.Key.ToString());
                return;
            }
        }
    }

    /// <summary>Entries still in the stream (written ones are deleted); -1 when Redis does not answer.</summary>
    private async Task<long> StreamLengthAsync()
    {
        try
        {
            return await _redis.GetDatabase().StreamLengthAsync(_stream.Key).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return -1;
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
