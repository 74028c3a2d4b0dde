using CapConduit.Telephony.Caps;

namespace CapConduit.Telephony.Routing;

/// <summary>PRODUCT §5.2: active link, active client with a contact, total cap not used up; plus concurrency when live counts are known.</summary>
public static class Eligibility
{
    public static SkipReason? SkipReasonOf(RoutingLink link, IReadOnlyDictionary<Guid, LinkLiveCounts>? liveCounts)
    {
        if (!link.LinkActive)
            return SkipReason.LinkInactive;
        if (!link.ClientActive)
            return SkipReason.ClientInactive;
        if (!link.HasContact)
            return SkipReason.NoContact;

        LinkLiveCounts? live = null;
        liveCounts?.TryGetValue(link.LinkId, out live);
        if (link.TotalCallsAllowed is { } allowed)
        {
            // Redis is authoritative once it has a counter; in-flight reservations count toward the cap.
            var used = (live?.TotalUsed ?? link.TotalCallsUsed) + (live?.Pending ?? 0);
            if (used >= allowed)
                return SkipReason.TotalCapUsed;
        }
        if (live is not null && live.Live >= link.MaxConcurrency)
            return SkipReason.ConcurrencyFull;
        return null;
    }
}
