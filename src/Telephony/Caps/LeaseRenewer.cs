using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Caps;

/// <summary>
/// Renews every lease the <see cref="SlotStore"/> holds each <see cref="CapsOptions.RenewInterval"/>, so a
/// live call keeps its slot while a crashed instance's slots expire after <see cref="CapsOptions.LeaseTtl"/>.
/// </summary>
public sealed class LeaseRenewer : BackgroundService
{
    private readonly SlotStore _store;
    private readonly CapsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LeaseRenewer> _logger;
    private int _completedRounds;

    public LeaseRenewer(SlotStore store, IOptions<CapsOptions> options, TimeProvider time, ILogger<LeaseRenewer> logger)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised with the leases found gone in a round (their calls no longer hold a slot).</summary>
    public event Action<IReadOnlyList<SlotLease>>? LeasesLost;

    /// <summary>Renewal rounds finished so far (successful or not).</summary>
    public int CompletedRounds => Volatile.Read(ref _completedRounds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.RenewInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await RenewOnceAsync(stoppingToken).ConfigureAwait(false);
                Interlocked.Increment(ref _completedRounds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RenewOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var lost = await _store.RenewHeldLeasesAsync(cancellationToken).ConfigureAwait(false);
            if (lost.Count > 0)
                LeasesLost?.Invoke(lost);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Leases outlive one failed round (TTL > interval); the next round retries. The loop must
            // never die, or every live call would lose its slot one TTL later.
            CapsLog.RenewRoundFailed(_logger, ex, _options.RenewInterval);
        }
    }
}
