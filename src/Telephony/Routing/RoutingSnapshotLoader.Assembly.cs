using CapConduit.Persistence.Campaigns;

namespace CapConduit.Telephony.Routing;

public sealed partial class RoutingSnapshotLoader
{
    private static RoutingSnapshot Assemble(
        IReadOnlyList<DidRow> dids, IReadOnlyList<CampaignRow> campaigns, IReadOnlyList<LinkRow> links, DateTimeOffset loadedAt)
    {
        var linksByCampaign = links.ToLookup(l => l.CampaignId);
        var built = new Dictionary<Guid, RoutingCampaign>();
        // A DID sits in at most one ACTIVE campaign (the API enforces it); should the data ever say otherwise,
        // the lowest campaign id wins so every instance picks the same one.
        var campaignByDid = campaigns
            .GroupBy(c => c.DidId)
            .ToDictionary(g => g.Key, g => g.MinBy(c => c.Id)!);

        var result = new List<RoutingDid>(dids.Count);
        foreach (var did in dids)
        {
            RoutingCampaign? campaign = null;
            if (campaignByDid.TryGetValue(did.Id, out var row) && !built.TryGetValue(row.Id, out campaign))
            {
                campaign = new RoutingCampaign(
                    row.Id, row.Name, row.OwnerId, row.Strategy, row.DialTimeoutSeconds,
                    [.. linksByCampaign[row.Id].OrderBy(l => l.Priority).ThenBy(l => l.LinkId).Select(ToLink)]);
                built[row.Id] = campaign;
            }
            result.Add(new RoutingDid(did.Id, did.Number, did.Active, did.OwnerId, did.OwnerActive, campaign));
        }
        return new RoutingSnapshot(result, loadedAt);
    }

    private static RoutingLink ToLink(LinkRow l) =>
        new(l.LinkId, l.ClientId, l.ClientIdentifier, l.ClientName, l.ClientActive, l.HasContact, l.LinkActive,
            l.Priority, l.Weight, l.MaxConcurrency, l.TotalCallsAllowed, l.TotalCallsUsed);

    private sealed record DidRow(Guid Id, string Number, bool Active, Guid OwnerId, bool OwnerActive);

    private sealed record CampaignRow(
        Guid DidId, Guid Id, string Name, Guid OwnerId, RoutingStrategyKind Strategy, int DialTimeoutSeconds);

    private sealed record LinkRow(
        Guid CampaignId, Guid LinkId, Guid ClientId, string ClientIdentifier, string ClientName, bool ClientActive,
        bool HasContact, bool LinkActive, int Priority, int Weight, int MaxConcurrency, int? TotalCallsAllowed, int TotalCallsUsed);
}
