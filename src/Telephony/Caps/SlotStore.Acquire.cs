using StackExchange.Redis;

namespace CapConduit.Telephony.Caps;

public sealed partial class SlotStore
{
    /// <summary>Checks the link's caps and takes a slot in one atomic step; asking again for the same call only extends it.</summary>
    public async Task<SlotAcquisition> TryAcquireAsync(SlotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxConcurrency, 1);
        var result = (RedisResult[])(await RunAsync(
            CapScripts.AcquireSlot,
            [Keys.Leases(request.LinkId), Keys.Pending(request.LinkId), Keys.Used(request.LinkId)],
            [
                request.CallId,
                (long)_options.LeaseTtl.TotalMilliseconds,
                request.MaxConcurrency,
                request.TotalCallsAllowed ?? -1,
                request.TotalCallsUsed,
            ],
            cancellationToken).ConfigureAwait(false))!;

        if ((long)result[0] == 1)
        {
            var lease = new SlotLease(request.LinkId, request.CallId, FromRedisMilliseconds(result[1]));
            _held[(lease.LinkId, lease.CallId)] = lease;
            CapsLog.SlotGranted(_logger, request.LinkId, request.CallId);
            return SlotAcquisition.Grant(lease);
        }

        var refusal = (string?)result[1] switch
        {
            "CONCURRENCY_FULL" => SlotRefusal.ConcurrencyFull,
            "TOTAL_CAP_USED" => SlotRefusal.TotalCapUsed,
            var other => throw new InvalidOperationException($"acquire-slot.lua returned an unknown refusal '{other}'."),
        };
        CapsLog.SlotRefused(_logger, request.LinkId, request.CallId, refusal);
        return SlotAcquisition.Refuse(refusal);
    }

    /// <summary>Frees the call's slot. Idempotent; returns whether a live lease was actually removed.</summary>
    public async Task<bool> ReleaseAsync(Guid linkId, string callId, CancellationToken cancellationToken)
    {
        _held.TryRemove((linkId, callId), out _);
        var removed = await RunAsync(
            CapScripts.ReleaseSlot, [Keys.Leases(linkId), Keys.Pending(linkId)], [callId], cancellationToken).ConfigureAwait(false);
        return (long)removed == 1;
    }

    /// <inheritdoc cref="ReleaseAsync(Guid, string, CancellationToken)"/>
    public Task<bool> ReleaseAsync(SlotLease lease, CancellationToken cancellationToken) =>
        ReleaseAsync(lease.LinkId, lease.CallId, cancellationToken);

    /// <summary>
    /// Counts the call's answer against the link's total, exactly once per call id; the reservation stops
    /// counting as in flight while the lease keeps holding a concurrency slot until release.
    /// </summary>
    public async Task<AnswerCount> MarkAnsweredAsync(Guid linkId, string callId, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await RunAsync(
            CapScripts.MarkAnswered,
            [Keys.Pending(linkId), Keys.Used(linkId), Keys.Answered(linkId, callId)],
            [callId, (long)_options.AnsweredMarkerTtl.TotalSeconds],
            cancellationToken).ConfigureAwait(false))!;
        var count = new AnswerCount((long)result[0] == 1, (long)result[1]);
        if (count.CountedNow)
            CapsLog.AnswerCounted(_logger, linkId, callId, count.TotalUsed);
        return count;
    }

    /// <inheritdoc cref="MarkAnsweredAsync(Guid, string, CancellationToken)"/>
    public Task<AnswerCount> MarkAnsweredAsync(SlotLease lease, CancellationToken cancellationToken) =>
        MarkAnsweredAsync(lease.LinkId, lease.CallId, cancellationToken);
}
