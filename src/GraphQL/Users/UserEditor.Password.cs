using CapConduit.Api.Auth;
using CapConduit.Api.Schema.Errors;
using CapConduit.Persistence.Users;

namespace CapConduit.Api.Users;

public sealed partial class UserEditor
{
    /// <summary>
    /// Admins set anyone's password; everyone may set their own with the current one. Either way every token of the
    /// user stops working (new stamp, refresh tokens revoked): the user signs in again with the new password.
    /// </summary>
    public async Task<UserPayload> SetPasswordAsync(SetUserPasswordInput input, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        var id = UserInputs.ParseId(input.Id);
        var self = id == viewer.UserId;
        if (!self && !viewer.IsAdmin)
            throw new ApiForbiddenException("Only admins may set another user's password.");
        var errors = Collect(
            UserRules.Password(input.NewPassword, "newPassword"),
            self && string.IsNullOrEmpty(input.CurrentPassword)
                ? UserRules.Error(UserErrorCodes.Required, "Enter your current password.", "currentPassword") : null);
        if (errors.Count > 0)
            return UserPayload.Failed([.. errors]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await FindAsync(id, cancellationToken);
        if (self && !PasswordHashing.Verify(user.PasswordHash, input.CurrentPassword!))
            return UserPayload.Failed(UserRules.Error(UserErrorCodes.InvalidCurrentPassword, "The current password is incorrect.", "currentPassword"));

        user.PasswordHash = PasswordHashing.Hash(input.NewPassword);
        user.SecurityStamp = Guid.NewGuid();
        user.UpdatedAt = time.GetUtcNow();
        await refreshTokens.RevokeAllForUserAsync(user.Id, cancellationToken);
        return await SaveAsync(user, transaction, cancellationToken);
    }
}
