using CapConduit.Persistence;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Auth;

/// <summary>
/// Refresh-token lifecycle: issue a new family at sign-in, rotate on every use (the old token gets
/// <c>RevokedAt</c> and <c>ReplacedById</c>, the new one keeps the <c>FamilyId</c>), and treat a second use of a
/// rotated token as theft: the whole family is revoked.
/// </summary>
public sealed class RefreshTokenRotation(
    CapConduitDbContext db, TokenService tokens, TimeProvider time, ILogger<RefreshTokenRotation> logger)
{
    /// <summary>Starts a new token family for <paramref name="user"/>; saved by the caller's SaveChanges.</summary>
    public IssuedRefreshToken Issue(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (issued, entity) = tokens.CreateRefreshToken(user.Id, Guid.CreateVersion7(time.GetUtcNow()));
        db.RefreshTokens.Add(entity);
        return issued;
    }

    /// <summary>Exchanges <paramref name="token"/> for a new one of the same family, in one transaction.</summary>
    public async Task<RefreshOutcome> RotateAsync(string token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = TokenService.HashRefreshToken(token);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.RefreshTokens.AsNoTracking().Include(t => t.User)
            .SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (current is null)
            return RefreshOutcome.Failed(RefreshFailure.Invalid);
        if (current.RevokedAt is not null)
        {
            if (current.ReplacedById is null)
                return RefreshOutcome.Failed(RefreshFailure.Invalid);
            await RevokeFamilyAsync(current.FamilyId, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            AuthLog.RefreshTokenReused(logger, current.UserId, current.FamilyId);
            return RefreshOutcome.Failed(RefreshFailure.Reused);
        }
        if (current.ExpiresAt <= now)
            return RefreshOutcome.Failed(RefreshFailure.Invalid);
        if (current.User is not { Status: UserStatus.Active } user)
            return RefreshOutcome.Failed(RefreshFailure.AccountInactive);

        var (issued, next) = tokens.CreateRefreshToken(current.UserId, current.FamilyId);
        db.RefreshTokens.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        // Conditional on "not yet revoked": of two concurrent uses of one token only one wins; the other is a reuse.
        var rotated = await db.RefreshTokens
            .Where(t => t.Id == current.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.ReplacedById, next.Id), cancellationToken);
        if (rotated == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return RefreshOutcome.Failed(RefreshFailure.Reused);
        }
        await transaction.CommitAsync(cancellationToken);
        return RefreshOutcome.Succeeded(user, issued);
    }

    /// <summary>Revokes the family of <paramref name="token"/>; false when the token is unknown.</summary>
    public async Task<bool> RevokeAsync(string token, CancellationToken cancellationToken)
    {
        var hash = TokenService.HashRefreshToken(token);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash)
            .Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is null)
            return false;
        await RevokeFamilyAsync(familyId.Value, time.GetUtcNow(), cancellationToken);
        return true;
    }

    /// <summary>Revokes every live refresh token of a user (password reset, deactivation, role change).</summary>
    public Task<int> RevokeAllForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    private Task<int> RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
}

public enum RefreshFailure
{
    Invalid,
    Reused,
    AccountInactive,
}

/// <summary>The result of <see cref="RefreshTokenRotation.RotateAsync"/>.</summary>
public sealed record RefreshOutcome(User? User, IssuedRefreshToken? Token, RefreshFailure? Failure)
{
    public static RefreshOutcome Succeeded(User user, IssuedRefreshToken token) => new(user, token, null);

    public static RefreshOutcome Failed(RefreshFailure failure) => new(null, null, failure);
}
