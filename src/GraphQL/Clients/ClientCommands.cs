using CapConduit.Api.Auth;
using CapConduit.Api.Campaigns;
using CapConduit.Api.Schema.Inputs;
using CapConduit.Persistence;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Clients;

/// <summary>The work behind the client mutations: validate, change rows in one transaction, then notify routing.</summary>
public sealed class ClientCommands(IDbContextFactory<CapConduitDbContext> factory, TimeProvider time, RoutingChanges routing)
{
    public async Task<ClientPayload> CreateAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        ClientRules.CheckClient(fields, errors, creating: true);
        var sipInput = fields.Nested("sip")!;
        if (!sipInput.Has("contact"))
            errors.Add(CatalogErrors.Required, "contact is required.", sipInput.PathOf("contact"));
        ClientRules.CheckSip(sipInput, errors);
        var sip = ClientRules.Apply(new SipSettings(), sipInput, errors);
        if (errors.Any)
            return new ClientPayload(null, errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        var identifier = fields.Text("identifier")!;
        if (await db.Clients.AnyAsync(c => c.Identifier == identifier, ct) || await db.PsEndpoints.AnyAsync(e => e.Id == identifier, ct))
            return Taken(identifier, fields);

        var now = time.GetUtcNow();
        var client = new Client
        {
            Id = Guid.CreateVersion7(now),
            Identifier = identifier,
            Name = fields.Text("name")!.Trim(),
            Department = Blank(fields.Text("department")),
            Status = fields.Get<ClientStatus?>("status") ?? ClientStatus.Active,
            Notes = Blank(fields.Text("notes")),
            CreatedById = viewer.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Clients.Add(client);
        await PjsipRows.UpsertAsync(db, identifier, sip, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (CatalogErrors.IsUniqueViolation(ex, "ix_clients_identifier") || CatalogErrors.IsUniqueViolation(ex, "ps_endpoints_pkey"))
        {
            return Taken(identifier, fields);
        }

        await tx.CommitAsync(ct);
        await routing.PublishAsync($"client {identifier} created", ct);
        return new ClientPayload(client, []);
    }

    public async Task<ClientPayload> UpdateAsync(object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        ClientRules.CheckClient(fields, errors, creating: false);
        var sipInput = fields.Nested("sip");
        if (sipInput is not null)
            ClientRules.CheckSip(sipInput, errors);
        if (errors.Any)
            return new ClientPayload(null, errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var client = fields.Id("id") is { } id ? await db.Clients.FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        if (client is null)
            return new ClientPayload(null, [CatalogErrors.NotFoundError("Client", fields.PathOf("id"))]);

        if (fields.Has("name"))
            client.Name = fields.Text("name")!.Trim();
        if (fields.Has("department"))
            client.Department = Blank(fields.Text("department"));
        if (fields.Has("notes"))
            client.Notes = Blank(fields.Text("notes"));
        if (fields.Get<ClientStatus?>("status") is { } status)
            client.Status = status;
        if (sipInput is not null)
        {
            var current = await PjsipRows.ReadAsync(db, client.Identifier, ct) ?? new SipSettings();
            var sip = ClientRules.Apply(current, sipInput, errors);
            if (errors.Any)
                return new ClientPayload(null, errors.All);
            await PjsipRows.UpsertAsync(db, client.Identifier, sip, ct);
        }

        client.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await routing.PublishAsync($"client {client.Identifier} updated", ct);
        return new ClientPayload(client, []);
    }

    public async Task<DeleteClientPayload> DeleteAsync(object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var client = fields.Id("id") is { } id ? await db.Clients.FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        if (client is null)
            return new DeleteClientPayload(null, [CatalogErrors.NotFoundError("Client", fields.PathOf("id"))]);

        // Link changes take this row FOR SHARE, so none can activate a link while we decide.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM clients WHERE id = {client.Id} FOR UPDATE", ct);
        var activeCampaigns = await db.CampaignClients
            .Where(l => l.ClientId == client.Id)
            .Where(l => l.Status == LinkStatus.Active && l.Campaign!.Status == CampaignStatus.Active)
            .Select(l => l.Campaign!.Name)
            .ToListAsync(ct);
        if (activeCampaigns.Count > 0)
        {
            return new DeleteClientPayload(null,
            [
                new(CatalogErrors.ClientInUse,
                    $"Client {client.Identifier} is actively linked to the active campaign(s) {string.Join(", ", activeCampaigns)}; deactivate the client or those links first.",
                    fields.PathOf("id")),
            ]);
        }

        await PjsipRows.DeleteAsync(db, client.Identifier, ct);
        db.Clients.Remove(client); // links go with it (ON DELETE CASCADE)
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await routing.PublishAsync($"client {client.Identifier} deleted", ct);
        return new DeleteClientPayload(client.Id, []);
    }

    private static ClientPayload Taken(string identifier, InputFields fields) =>
        new(null, [new(CatalogErrors.IdentifierTaken, $"The identifier '{identifier}' is already in use.", fields.PathOf("identifier"))]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
