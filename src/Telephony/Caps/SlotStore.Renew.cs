using StackExchange.Redis;

namespace CapConduit.Telephony.Caps;

public sealed partial class SlotStore
{
    /// <summary>
    /// Extends every lease this instance holds (one script per link). Leases found gone (expired or
    /// released elsewhere) are forgotten and returned, so the caller knows those slots are lost.
    /// </summary>
    public async Task<IReadOnlyList<SlotLease>> RenewHeldLeasesAsync(CancellationToken cancellationToken)
    {
        var byLink = _held.Values.GroupBy(l => l.LinkId).ToArray();
        var lost = new List<SlotLease>();
        var renewals = byLink.Select(group => RenewLinkAsync(group.Key, group.Select(l => l.CallId).ToArray(), cancellationToken));
        foreach (var (linkId, lostCallIds) in await Task.WhenAll(renewals).ConfigureAwait(false))
        {
            foreach (var callId in lostCallIds)
            {
                // A lease released while this round ran is not lost, only finished.
                if (!_held.TryRemove((linkId, callId), out var lease))
                    continue;
                lost.Add(lease);
                CapsLog.LeaseLost(_logger, linkId, callId);
            }
        }
        return lost;
    }

    /// <summary>Extends the given leases of one link that still exist; returns the call ids whose lease was gone.</summary>
    public async Task<IReadOnlyList<string>> RenewAsync(Guid linkId, IReadOnlyCollection<string> callIds, CancellationToken cancellationToken)
    {
        var (_, lost) = await RenewLinkAsync(linkId, callIds, cancellationToken).ConfigureAwait(false);
        return lost;
    }

    private async Task<(Guid LinkId, string[] Lost)> RenewLinkAsync(
        Guid linkId, IReadOnlyCollection<string> callIds, CancellationToken cancellationToken)
    {
        if (callIds.Count == 0)
            return (linkId, []);
        var values = new RedisValue[callIds.Count + 1];
        values[0] = (long)_options.LeaseTtl.TotalMilliseconds;
        var i = 1;
        foreach (var callId in callIds)
            values[i++] = callId;
        var result = await RunAsync(
            CapScripts.RenewLeases, [Keys.Leases(linkId), Keys.Pending(linkId)], values, cancellationToken).ConfigureAwait(false);
        var lost = ((RedisResult[])result!).Select(r => (string)r!).ToArray();
        return (linkId, lost);
    }
}
