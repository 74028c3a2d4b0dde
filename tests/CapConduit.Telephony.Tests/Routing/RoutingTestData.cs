using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Routing;

namespace CapConduit.Telephony.Tests.Routing;

/// <summary>Small builders for snapshot records; every value not given is the eligible default.</summary>
internal static class RoutingTestData
{
    public static RoutingLink Link(
        string name,
        int priority = 0,
        int weight = 1,
        int maxConcurrency = 5,
        long? totalAllowed = null,
        long totalUsed = 0,
        bool linkActive = true,
        bool clientActive = true,
        bool hasContact = true,
        Guid? linkId = null) =>
        new(linkId ?? Guid.NewGuid(), Guid.NewGuid(), name, name, clientActive, hasContact, linkActive,
            priority, weight, maxConcurrency, totalAllowed, totalUsed);

    public static RoutingCampaign Campaign(RoutingStrategyKind strategy, params RoutingLink[] links) =>
        new(Guid.NewGuid(), "Campaign", Guid.NewGuid(), strategy, 25, links);

    public static RoutingDid Did(string number, RoutingCampaign? campaign, bool active = true, bool ownerActive = true) =>
        new(Guid.NewGuid(), number, active, campaign?.OwnerId ?? Guid.NewGuid(), ownerActive, campaign);

    public static RoutingSnapshot Snapshot(params RoutingDid[] dids) => new(dids, DateTimeOffset.UnixEpoch);

    public static RoutingContext Context(RoutingCampaign campaign, bool preview = false) => new(campaign, preview);

    /// <summary>Link ids in ascending order, so a test can name links in their tie-break order.</summary>
    public static Guid[] OrderedIds(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).Order().ToArray();
}
