using CapConduit.Api.Auth;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Inputs;
using CapConduit.Persistence.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Campaigns;

public sealed partial class CampaignCommands
{
    /// <summary>Replaces the campaign's DIDs; every DID must belong to the campaign's owner.</summary>
    public async Task<CampaignPayload> SetDidsAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var requested = fields.Ids("didIds");
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var campaign = await FindAsync(db, viewer, fields.Id("campaignId"), ct);
        if (campaign is null)
            return new CampaignPayload(null, [CatalogErrors.NotFoundError("Campaign", fields.PathOf("campaignId"))]);

        var wanted = requested.OfType<Guid>().Distinct().ToList();
        var owned = await db.Dids.Where(d => wanted.Contains(d.Id) && d.OwnerId == campaign.OwnerId).Select(d => d.Id).ToListAsync(ct);
        var errors = new List<UserError>();
        for (var i = 0; i < requested.Count; i++)
        {
            // Another seller's DID reads as not found, like a DID that does not exist.
            if (requested[i] is not { } id || !owned.Contains(id))
                errors.Add(CatalogErrors.NotFoundError("DID", [.. fields.PathOf("didIds"), i.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        }
        if (errors.Count > 0)
            return new CampaignPayload(null, errors);

        if (campaign.Status == CampaignStatus.Active)
        {
            var conflicts = await CampaignRules.ActiveDidConflictsAsync(db, campaign.Id, wanted, fields.PathOf("didIds"), ct);
            if (conflicts.Count > 0)
                return new CampaignPayload(null, conflicts);
        }

        var now = time.GetUtcNow();
        var current = await db.CampaignDids.Where(cd => cd.CampaignId == campaign.Id).ToListAsync(ct);
        db.CampaignDids.RemoveRange(current.Where(cd => !wanted.Contains(cd.DidId)));
        db.CampaignDids.AddRange(wanted.Where(id => current.All(cd => cd.DidId != id))
            .Select(id => new CampaignDid { CampaignId = campaign.Id, DidId = id, CreatedAt = now }));
        campaign.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await routing.PublishAsync($"campaign {campaign.Id} DIDs replaced", ct);
        return new CampaignPayload(campaign, []);
    }
}
