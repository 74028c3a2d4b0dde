using CapConduit.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapConduit.Api.Users;

public sealed partial class UserEditor
{
    /// <summary>Deletes a user who owns no DIDs or campaigns; never oneself nor the last active admin.</summary>
    public async Task<DeleteUserPayload> DeleteAsync(DeleteUserInput input, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        var id = UserInputs.ParseId(input.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await FindAsync(id, cancellationToken);
        if (await IsLastActiveAdminAsync(user, cancellationToken))
            return Failed(UserErrorCodes.LastAdmin, "This is the last active admin; make another user an active admin first.");
        if (user.Id == viewer.UserId)
            return Failed(UserErrorCodes.CannotDeleteSelf, "You cannot delete yourself; ask another admin.");
        if (await db.Dids.AnyAsync(d => d.OwnerId == user.Id, cancellationToken)
            || await db.Campaigns.AnyAsync(c => c.OwnerId == user.Id, cancellationToken))
            return Failed(UserErrorCodes.UserHasDependents, "The user owns DIDs or campaigns; reassign or delete them, or deactivate the user instead.");

        db.Users.Remove(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            // A DID or campaign was added for this user after the check above.
            return Failed(UserErrorCodes.UserHasDependents, "The user owns DIDs or campaigns; reassign or delete them, or deactivate the user instead.");
        }
        await transaction.CommitAsync(cancellationToken);
        cachedUsers.Invalidate(user.Id);
        return new DeleteUserPayload(user.Id, []);
    }

    private static DeleteUserPayload Failed(string code, string message) => new(null, [UserRules.Error(code, message, "id")]);
}
