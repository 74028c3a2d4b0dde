using CapConduit.Api.Auth;
using CapConduit.Api.Schema.Inputs;
using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Telephony.Caps;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Campaigns;

/// <summary>
/// The work behind the link mutations. A link is addressed through its campaign: another seller's campaign, or a
/// link of a different campaign, reads as not found.
/// </summary>
public sealed class CampaignClientCommands(
    IDbContextFactory<CapConduitDbContext> factory, TimeProvider time, RoutingChanges routing, SlotStore slots)
{
    public const int DefaultWeight = 100;

    public async Task<CampaignClientPayload> AddAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        CampaignRules.CheckLink(fields, errors);
        if (errors.Any)
            return Failed(errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var campaign = await CampaignCommands.FindAsync(db, viewer, fields.Id("campaignId"), ct);
        if (campaign is null)
            return Failed([CatalogErrors.NotFoundError("Campaign", fields.PathOf("campaignId"))]);
        var client = await LockClientAsync(db, viewer, fields.Id("clientId"), ct);
        if (client is null)
            return Failed([CatalogErrors.NotFoundError("Client", fields.PathOf("clientId"))]);
        if (await db.CampaignClients.AnyAsync(l => l.CampaignId == campaign.Id && l.ClientId == client.Id, ct))
            return LinkExists(client, fields);

        var now = time.GetUtcNow();
        var link = new CampaignClient
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            ClientId = client.Id,
            Status = fields.Get<LinkStatus?>("status") ?? LinkStatus.Active,
            MaxConcurrency = fields.Int("maxConcurrency") ?? 1,
            TotalCallsAllowed = fields.Int("totalCallsAllowed"),
            Priority = fields.Int("priority") ?? 0,
            Weight = fields.Int("weight") ?? DefaultWeight,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.CampaignClients.Add(link);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (CatalogErrors.IsUniqueViolation(ex, "ix_campaign_clients_campaign_id_client_id"))
        {
            return LinkExists(client, fields);
        }

        await tx.CommitAsync(ct);
        await routing.PublishAsync($"link {link.Id} added", ct);
        return new CampaignClientPayload(link, null, []);
    }

    public async Task<CampaignClientPayload> UpdateAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        CampaignRules.CheckLink(fields, errors);
        if (errors.Any)
            return Failed(errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var link = await FindLinkAsync(db, viewer, fields, ct);
        if (link is null)
            return Failed([CatalogErrors.NotFoundError("Link", fields.PathOf("linkId"))]);

        if (fields.Get<LinkStatus?>("status") is { } status)
        {
            if (status == LinkStatus.Active)
                await db.Database.ExecuteSqlAsync($"SELECT 1 FROM clients WHERE id = {link.ClientId} FOR SHARE", ct);
            link.Status = status;
        }
        if (fields.Int("maxConcurrency") is { } concurrency)
            link.MaxConcurrency = concurrency;
        if (fields.Has("totalCallsAllowed"))
            link.TotalCallsAllowed = fields.Int("totalCallsAllowed");
        if (fields.Int("priority") is { } priority)
            link.Priority = priority;
        if (fields.Int("weight") is { } weight)
            link.Weight = weight;
        link.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await routing.PublishAsync($"link {link.Id} updated", ct);
        return new CampaignClientPayload(link, null, []);
    }

    public async Task<CampaignClientPayload> RemoveAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var link = await FindLinkAsync(db, viewer, fields, ct);
        if (link is null)
            return Failed([CatalogErrors.NotFoundError("Link", fields.PathOf("linkId"))]);
        db.CampaignClients.Remove(link);
        await db.SaveChangesAsync(ct);
        await routing.PublishAsync($"link {link.Id} removed", ct);
        return new CampaignClientPayload(null, link.Id, []);
    }

    /// <summary>Sets the link's used-call counter to 0 in PostgreSQL and Redis and writes the audit row.</summary>
    public async Task<CampaignClientPayload> ResetUsageAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var link = await FindLinkAsync(db, viewer, fields, ct);
        if (link is null)
            return Failed([CatalogErrors.NotFoundError("Link", fields.PathOf("linkId"))]);

        var now = time.GetUtcNow();
        db.CampaignClientUsageResets.Add(new CampaignClientUsageReset
        {
            Id = Guid.CreateVersion7(now),
            LinkId = link.Id,
            ResetById = viewer.UserId,
            PreviousTotalCallsUsed = link.TotalCallsUsed,
            ResetAt = now,
        });
        link.TotalCallsUsed = 0;
        link.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        // Redis before commit: if Redis is unreachable the reset fails as a whole (transient error) and nothing changes.
        await slots.ResetTotalUsedAsync(link.Id, ct);
        await tx.CommitAsync(ct);
        await routing.PublishAsync($"link {link.Id} usage reset", ct);
        return new CampaignClientPayload(link, null, []);
    }

    private static async Task<CampaignClient?> FindLinkAsync(CapConduitDbContext db, Viewer viewer, InputFields fields, CancellationToken ct)
    {
        if (fields.Id("campaignId") is not { } campaignId || fields.Id("linkId") is not { } linkId)
            return null;
        var link = await db.CampaignClients.Include(l => l.Campaign)
            .FirstOrDefaultAsync(l => l.Id == linkId && l.CampaignId == campaignId, ct);
        return link is not null && viewer.CanAccessOwnedBy(link.Campaign!.OwnerId) ? link : null;
    }

    /// <summary>The client if the viewer may link it (sellers: active clients only), locked against deletion.</summary>
    private static async Task<Client?> LockClientAsync(CapConduitDbContext db, Viewer viewer, Guid? clientId, CancellationToken ct)
    {
        if (clientId is not { } id)
            return null;
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM clients WHERE id = {id} FOR SHARE", ct);
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return client is null || (viewer.SellerScope is not null && client.Status != ClientStatus.Active) ? null : client;
    }

    private static CampaignClientPayload LinkExists(Client client, InputFields fields) =>
        Failed([new(CatalogErrors.LinkExists, $"The campaign is already linked to client {client.Identifier}.", fields.PathOf("clientId"))]);

    private static CampaignClientPayload Failed(IReadOnlyList<Schema.Errors.UserError> errors) => new(null, null, errors);
}
