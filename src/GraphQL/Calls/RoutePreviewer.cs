using CapConduit.Api.Auth;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.Routing;

namespace CapConduit.Api.Calls;

/// <summary>
/// Backs <c>routePreview</c>: loads the DID fresh from PostgreSQL (so a committed change shows at once, without
/// waiting for the refresher), reads the links' live counts from Redis and plans with the <see cref="Router"/> in
/// preview mode. Takes no slot and does not advance the round-robin cursor.
/// </summary>
public sealed class RoutePreviewer(RoutingSnapshotLoader loader, Router router, SlotStore slots)
{
    /// <summary>The preview, or null when the DID is unknown or not the viewer's to see.</summary>
    public async Task<RoutePreview?> PreviewAsync(Viewer viewer, string didNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var snapshot = await loader.LoadDidAsync(didNumber, cancellationToken).ConfigureAwait(false);
        if (!snapshot.TryFindDid(didNumber, out var did) || !viewer.CanAccessOwnedBy(did.OwnerId))
            return null;

        var links = did.ActiveCampaign?.Links ?? [];
        var live = links.Count == 0
            ? new Dictionary<Guid, LinkLiveCounts>()
            : await slots.ReadLiveCountsAsync(links.Select(l => l.LinkId), cancellationToken).ConfigureAwait(false);
        var plan = await router.PlanAsync(snapshot, did.Number, new RoutePlanOptions(live, Preview: true), cancellationToken)
            .ConfigureAwait(false);

        return new RoutePreview(
            did.Number,
            plan.Rejection,
            plan.Campaign is { } c ? new RoutePreviewCampaign(c.Id, c.Name, c.Strategy, c.DialTimeoutSeconds) : null,
            [.. plan.Links.Select((l, i) => ToPreviewLink(l, i + 1, live.GetValueOrDefault(l.LinkId)))],
            [.. plan.Skipped.Select(s => new RoutePreviewSkip(s.Link.LinkId, s.Link.ClientName, s.Reason))]);
    }

    private static RoutePreviewLink ToPreviewLink(RoutingLink link, int order, LinkLiveCounts? live) =>
        new(order, link.LinkId, link.ClientId, link.ClientIdentifier, link.ClientName, link.Priority, link.Weight,
            live?.Live ?? 0, link.MaxConcurrency, live?.TotalUsed ?? link.TotalCallsUsed, link.TotalCallsAllowed);
}
