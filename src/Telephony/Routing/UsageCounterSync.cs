using CapConduit.Persistence;
using CapConduit.Telephony.Caps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Routing;

/// <summary>
/// After each snapshot load, makes Redis's per-link used counters follow the audited usage resets of the
/// database (<c>campaign_client_usage_resets</c>) through <see cref="SlotStore.ApplyUsageResetAsync"/>, which
/// applies each reset once across all instances. Resets are looked for over <see cref="LookBack"/>, shorter
/// than <see cref="SlotStore.AppliedResetMemory"/>, so a reset is never applied twice.
/// </summary>
public sealed class UsageCounterSync
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(1);

    private readonly IDbContextFactory<CapConduitDbContext> _contexts;
    private readonly SlotStore _slots;
    private readonly TimeProvider _time;
    private readonly ILogger<UsageCounterSync> _logger;
    private readonly HashSet<Guid> _applied = [];

    public UsageCounterSync(
        IDbContextFactory<CapConduitDbContext> contexts, SlotStore slots, TimeProvider time, ILogger<UsageCounterSync> logger)
    {
        _contexts = contexts;
        _slots = slots;
        _time = time;
        _logger = logger;
    }

    /// <summary>Applies resets not yet applied by this instance; failures are logged and retried on the next load.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            var since = _time.GetUtcNow() - LookBack;
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var resets = await db.CampaignClientUsageResets.AsNoTracking()
                .Where(r => r.ResetAt >= since)
                .OrderBy(r => r.ResetAt)
                .Select(r => new { r.Id, r.LinkId, r.PreviousTotalCallsUsed })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var reset in resets.Where(r => !_applied.Contains(r.Id)))
            {
                if (await _slots.ApplyUsageResetAsync(reset.LinkId, reset.Id, reset.PreviousTotalCallsUsed, cancellationToken).ConfigureAwait(false))
                    RoutingLog.UsageResetApplied(_logger, reset.Id, reset.LinkId, reset.PreviousTotalCallsUsed);
                _applied.Add(reset.Id);
            }
            _applied.IntersectWith(resets.Select(r => r.Id));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            RoutingLog.UsageSyncFailed(_logger, ex);
        }
    }
}
