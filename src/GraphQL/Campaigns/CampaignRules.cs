using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Inputs;
using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Campaigns;

/// <summary>Validation shared by campaign and link mutations (PRODUCT.md §4).</summary>
public static class CampaignRules
{
    public static void CheckCampaign(InputFields input, UserErrors errors)
    {
        errors.Text(input, "name", 200, required: true);
        errors.Text(input, "description", 2000, required: false);
        errors.Range(input, "dialTimeoutSeconds", Campaign.MinDialTimeoutSeconds, Campaign.MaxDialTimeoutSeconds);
        foreach (var name in (ReadOnlySpan<string>)["status", "routingStrategy"])
        {
            if (input.Has(name) && input.Get<object>(name) is null)
                errors.Add(CatalogErrors.Required, $"{name} must not be null.", input.PathOf(name));
        }
    }

    public static void CheckLink(InputFields input, UserErrors errors)
    {
        errors.Range(input, "maxConcurrency", 1, int.MaxValue);
        errors.Range(input, "totalCallsAllowed", 0, int.MaxValue, nullable: true);
        errors.Range(input, "priority", 0, int.MaxValue);
        errors.Range(input, "weight", CampaignClient.MinWeight, CampaignClient.MaxWeight);
        if (input.Has("status") && input.Get<object>("status") is null)
            errors.Add(CatalogErrors.Required, "status must not be null.", input.PathOf("status"));
    }

    /// <summary>
    /// Errors for each of <paramref name="didIds"/> that already sits in an ACTIVE campaign other than
    /// <paramref name="campaignId"/>. Locks the DID rows first (in id order), so two transactions cannot both
    /// put one DID into an active campaign.
    /// </summary>
    public static async Task<IReadOnlyList<UserError>> ActiveDidConflictsAsync(
        CapConduitDbContext db, Guid campaignId, IReadOnlyCollection<Guid> didIds, IReadOnlyList<string> field, CancellationToken ct)
    {
        if (didIds.Count == 0)
            return [];
        var ids = didIds.ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM dids WHERE id = ANY({ids}) ORDER BY id FOR UPDATE", ct);
        var conflicts = await db.CampaignDids.AsNoTracking()
            .Where(cd => ids.Contains(cd.DidId) && cd.CampaignId != campaignId && cd.Campaign!.Status == CampaignStatus.Active)
            .Select(cd => new { cd.Did!.Number, cd.Campaign!.Name })
            .ToListAsync(ct);
        return conflicts
            .Select(c => new UserError(CatalogErrors.DidInActiveCampaign,
                $"DID {c.Number} is already in the active campaign '{c.Name}'; a DID may be in only one active campaign.", field))
            .ToList();
    }

    /// <summary>The DIDs of <paramref name="campaignId"/>.</summary>
    public static async Task<List<Guid>> DidIdsAsync(CapConduitDbContext db, Guid campaignId, CancellationToken ct) =>
        await db.CampaignDids.Where(cd => cd.CampaignId == campaignId).Select(cd => cd.DidId).ToListAsync(ct);
}
