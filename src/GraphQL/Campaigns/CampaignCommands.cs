using CapConduit.Api.Auth;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Inputs;
using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Campaigns;

/// <summary>The work behind the campaign mutations. Another seller's campaign reads as not found.</summary>
public sealed partial class CampaignCommands(IDbContextFactory<CapConduitDbContext> factory, TimeProvider time, RoutingChanges routing)
{
    public const int DefaultDialTimeoutSeconds = 30;

    public async Task<CampaignPayload> CreateAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        CampaignRules.CheckCampaign(fields, errors);
        var ownerId = OwnerFor(viewer, fields, errors);
        if (errors.Any)
            return new CampaignPayload(null, errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ownerId, ct);
        if (owner is not { Role: UserRole.Seller })
            return new CampaignPayload(null, [new(CatalogErrors.OwnerNotSeller, "ownerId must be the id of a seller.", fields.PathOf("ownerId"))]);
        var name = fields.Text("name")!.Trim();
        if (await db.Campaigns.AnyAsync(c => c.OwnerId == owner.Id && c.Name == name, ct))
            return NameTaken(name, fields);

        var now = time.GetUtcNow();
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = owner.Id,
            Name = name,
            Status = fields.Get<CampaignStatus?>("status") ?? CampaignStatus.Active,
            RoutingStrategy = fields.Get<RoutingStrategyKind>("routingStrategy"),
            DialTimeoutSeconds = fields.Int("dialTimeoutSeconds") ?? DefaultDialTimeoutSeconds,
            Description = Blank(fields.Text("description")),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Campaigns.Add(campaign);
        if (await SaveAsync(db, name, fields, ct) is { } taken)
            return taken;
        await routing.PublishAsync($"campaign {campaign.Id} created", ct);
        return new CampaignPayload(campaign, []);
    }

    public async Task<CampaignPayload> UpdateAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        CampaignRules.CheckCampaign(fields, errors);
        if (errors.Any)
            return new CampaignPayload(null, errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var campaign = await FindAsync(db, viewer, fields.Id("id"), ct);
        if (campaign is null)
            return new CampaignPayload(null, [CatalogErrors.NotFoundError("Campaign", fields.PathOf("id"))]);

        if (fields.Has("name"))
            campaign.Name = fields.Text("name")!.Trim();
        if (fields.Get<RoutingStrategyKind?>("routingStrategy") is { } strategy)
            campaign.RoutingStrategy = strategy;
        if (fields.Int("dialTimeoutSeconds") is { } timeout)
            campaign.DialTimeoutSeconds = timeout;
        if (fields.Has("description"))
            campaign.Description = Blank(fields.Text("description"));
        if (fields.Get<CampaignStatus?>("status") is { } status)
        {
            if (status == CampaignStatus.Active && campaign.Status != CampaignStatus.Active)
            {
                var dids = await CampaignRules.DidIdsAsync(db, campaign.Id, ct);
                var conflicts = await CampaignRules.ActiveDidConflictsAsync(db, campaign.Id, dids, fields.PathOf("status"), ct);
                if (conflicts.Count > 0)
                    return new CampaignPayload(null, conflicts);
            }
            campaign.Status = status;
        }

        campaign.UpdatedAt = time.GetUtcNow();
        if (await SaveAsync(db, campaign.Name, fields, ct) is { } taken)
            return taken;
        await tx.CommitAsync(ct);
        await routing.PublishAsync($"campaign {campaign.Id} updated", ct);
        return new CampaignPayload(campaign, []);
    }

    public async Task<DeleteCampaignPayload> DeleteAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var campaign = await FindAsync(db, viewer, fields.Id("id"), ct);
        if (campaign is null)
            return new DeleteCampaignPayload(null, [CatalogErrors.NotFoundError("Campaign", fields.PathOf("id"))]);
        db.Campaigns.Remove(campaign); // DID memberships and links go with it (ON DELETE CASCADE)
        await db.SaveChangesAsync(ct);
        await routing.PublishAsync($"campaign {campaign.Id} deleted", ct);
        return new DeleteCampaignPayload(campaign.Id, []);
    }

    /// <summary>The campaign with <paramref name="id"/> if the viewer may see it, tracked for change.</summary>
    internal static async Task<Campaign?> FindAsync(CapConduitDbContext db, Viewer viewer, Guid? id, CancellationToken ct)
    {
        var campaign = id is { } value ? await db.Campaigns.FirstOrDefaultAsync(c => c.Id == value, ct) : null;
        return campaign is not null && viewer.CanAccessOwnedBy(campaign.OwnerId) ? campaign : null;
    }

    private static Guid? OwnerFor(Viewer viewer, InputFields fields, UserErrors errors)
    {
        var ownerId = fields.Id("ownerId");
        if (viewer.SellerScope is { } seller)
        {
            return ownerId is { } other && other != seller
                ? throw new ApiForbiddenException("Sellers create campaigns only for themselves.")
                : seller;
        }
        if (ownerId is null)
            errors.Add(CatalogErrors.Required, "ownerId (a seller) is required.", fields.PathOf("ownerId"));
        return ownerId;
    }

    private static async Task<CampaignPayload?> SaveAsync(CapConduitDbContext db, string name, InputFields fields, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException ex) when (CatalogErrors.IsUniqueViolation(ex, "ix_campaigns_owner_id_name"))
        {
            return NameTaken(name, fields);
        }
    }

    private static CampaignPayload NameTaken(string name, InputFields fields) =>
        new(null, [new(CatalogErrors.CampaignNameTaken, $"The owner already has a campaign named '{name}'.", fields.PathOf("name"))]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
