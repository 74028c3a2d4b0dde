using StackExchange.Redis;

namespace CapConduit.Telephony.Caps;

public sealed partial class SlotStore
{
    /// <summary>Reads live, pending and used counts of the given links (for routing previews and dashboards).</summary>
    public async Task<IReadOnlyDictionary<Guid, LinkLiveCounts>> ReadLiveCountsAsync(
        IEnumerable<Guid> linkIds, CancellationToken cancellationToken)
    {
        var ids = linkIds.Distinct().ToArray();
        var reads = ids.Select(async id =>
        {
            var r = (RedisResult[])(await RunAsync(
                CapScripts.ReadCounts, [Keys.Leases(id), Keys.Pending(id), Keys.Used(id)], [], cancellationToken).ConfigureAwait(false))!;
            var used = (long)r[2];
            return (id, new LinkLiveCounts((int)r[0], (int)r[1], used < 0 ? null : used));
        });
        return (await Task.WhenAll(reads).ConfigureAwait(false)).ToDictionary(x => x.id, x => x.Item2);
    }

    /// <summary>
    /// Overwrites the link's used counter, e.g. with the database value after the audited reset
    /// (which passes 0). Answers already counted stay counted only in the database's value.
    /// </summary>
    public async Task SetTotalUsedAsync(Guid linkId, long totalUsed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalUsed);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await Database.StringSetAsync(Keys.Used(linkId), totalUsed).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            throw Unavailable("set-total-used", ex);
        }
        CapsLog.TotalUsedSet(_logger, linkId, totalUsed);
    }

    /// <summary>Sets the link's used counter to 0 (the audited reset mutation).</summary>
    public Task ResetTotalUsedAsync(Guid linkId, CancellationToken cancellationToken) =>
        SetTotalUsedAsync(linkId, 0, cancellationToken);
}
