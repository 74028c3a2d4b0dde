using System.Text.RegularExpressions;
using CapConduit.Api.Auth;
using CapConduit.Api.Campaigns;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Inputs;
using CapConduit.Persistence;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Dids;

/// <summary>The work behind the DID mutations. Another seller's DID reads as not found.</summary>
public sealed partial class DidCommands(IDbContextFactory<CapConduitDbContext> factory, TimeProvider time, RoutingChanges routing)
{
    public async Task<DidPayload> CreateAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        var number = fields.Text("number") ?? "";
        if (!NumberRegex().IsMatch(number))
            errors.Add(CatalogErrors.Invalid, $"number '{number}' is not E.164 (a + then 2–15 digits, not starting with 0).", fields.PathOf("number"));
        errors.Text(fields, "description", 500, required: false);

        var ownerId = fields.Id("ownerId");
        if (viewer.SellerScope is { } seller)
        {
            if (ownerId is { } other && other != seller)
                throw new ApiForbiddenException("Sellers create DIDs only for themselves.");
            ownerId = seller;
        }
        else if (ownerId is null)
        {
            errors.Add(CatalogErrors.Required, "ownerId (a seller) is required.", fields.PathOf("ownerId"));
        }

        if (errors.Any)
            return new DidPayload(null, errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ownerId, ct);
        if (owner is not { Role: UserRole.Seller })
            return new DidPayload(null, [new(CatalogErrors.OwnerNotSeller, "ownerId must be the id of a seller.", fields.PathOf("ownerId"))]);
        if (await db.Dids.AnyAsync(d => d.Number == number, ct))
            return Taken(number, fields);

        var now = time.GetUtcNow();
        var did = new Did
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            OwnerId = owner.Id,
            Status = fields.Get<DidStatus?>("status") ?? DidStatus.Active,
            Description = Blank(fields.Text("description")),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Dids.Add(did);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (CatalogErrors.IsUniqueViolation(ex, "ix_dids_number"))
        {
            return Taken(number, fields);
        }

        await routing.PublishAsync($"DID {number} created", ct);
        return new DidPayload(did, []);
    }

    public async Task<DidPayload> UpdateAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        var errors = new UserErrors();
        errors.Text(fields, "description", 500, required: false);
        if (fields.Has("status") && fields.Get<object>("status") is null)
            errors.Add(CatalogErrors.Required, "status must not be null.", fields.PathOf("status"));
        if (errors.Any)
            return new DidPayload(null, errors.All);

        await using var db = await factory.CreateDbContextAsync(ct);
        var did = await FindAsync(db, viewer, fields, ct);
        if (did is null)
            return new DidPayload(null, [CatalogErrors.NotFoundError("DID", fields.PathOf("id"))]);
        if (fields.Get<DidStatus?>("status") is { } status)
            did.Status = status;
        if (fields.Has("description"))
            did.Description = Blank(fields.Text("description"));
        did.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await routing.PublishAsync($"DID {did.Number} updated", ct);
        return new DidPayload(did, []);
    }

    public async Task<DeleteDidPayload> DeleteAsync(Viewer viewer, object input, CancellationToken ct)
    {
        var fields = InputFields.From(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var did = await FindAsync(db, viewer, fields, ct);
        if (did is null)
            return new DeleteDidPayload(null, [CatalogErrors.NotFoundError("DID", fields.PathOf("id"))]);
        db.Dids.Remove(did); // campaign memberships go with it (ON DELETE CASCADE)
        await db.SaveChangesAsync(ct);
        await routing.PublishAsync($"DID {did.Number} deleted", ct);
        return new DeleteDidPayload(did.Id, []);
    }

    private static async Task<Did?> FindAsync(CapConduitDbContext db, Viewer viewer, InputFields fields, CancellationToken ct)
    {
        var did = fields.Id("id") is { } id ? await db.Dids.FirstOrDefaultAsync(d => d.Id == id, ct) : null;
        return did is not null && viewer.CanAccessOwnedBy(did.OwnerId) ? did : null;
    }

    private static DidPayload Taken(string number, InputFields fields) =>
        new(null, [new(CatalogErrors.NumberTaken, $"The number {number} is already in use.", fields.PathOf("number"))]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(Did.NumberPattern)]
    private static partial Regex NumberRegex();
}
