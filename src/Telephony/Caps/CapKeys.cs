using StackExchange.Redis;

namespace CapConduit.Telephony.Caps;

/// <summary>
/// The whole Redis key scheme for caps in one place. Every key of a link carries the same hash tag
/// (<c>{prefix}link:{id}</c> in braces), so one Lua script may touch them all even on a cluster.
/// </summary>
public sealed class CapKeys
{
    public CapKeys(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        Prefix = prefix;
    }

    /// <summary>Prepended to every key, so environments (and tests) sharing one Redis stay apart.</summary>
    public string Prefix { get; }

    /// <summary>ZSET call id → lease expiry (ms, Redis clock): every live call on the link.</summary>
    public RedisKey Leases(Guid linkId) => $"{LinkTag(linkId)}:leases";

    /// <summary>ZSET call id → expiry: reservations not yet answered; they count toward the total cap.</summary>
    public RedisKey Pending(Guid linkId) => $"{LinkTag(linkId)}:pending";

    /// <summary>STRING: answered calls counted against the link's total cap.</summary>
    public RedisKey Used(Guid linkId) => $"{LinkTag(linkId)}:used";

    /// <summary>STRING with a TTL: present once a call's answer has been counted (makes counting idempotent).</summary>
    public RedisKey Answered(Guid linkId, string callId) => $"{LinkTag(linkId)}:answered:{callId}";

    /// <summary>STRING counter: the round-robin start offset of one priority tier of a campaign.</summary>
    public RedisKey RoundRobin(Guid campaignId, int priority) =>
        $"{{{Prefix}campaign:{campaignId:N}}}:rr:{priority}";

    private string LinkTag(Guid linkId) => $"{{{Prefix}link:{linkId:N}}}";
}
