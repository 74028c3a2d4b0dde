using CapConduit.Api.Auth;
using CapConduit.Persistence.Users;

namespace CapConduit.Api.Users;

public sealed partial class UserEditor
{
    /// <summary>Changes only the given fields. A role or status change rotates the security stamp and revokes refresh tokens.</summary>
    public async Task<UserPayload> UpdateAsync(UpdateUserInput input, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = Collect(
            input.Has("username") ? UserRules.Username(input.Text("username")) : null,
            input.Has("email") ? UserRules.Email(input.Text("email")) : null,
            input.Has("timeZone") ? UserRules.TimeZone(input.Text("timeZone")) : null,
            input.Has("fullName") ? UserRules.OptionalName(input.Text("fullName"), "fullName") : null,
            input.Has("companyName") ? UserRules.OptionalName(input.Text("companyName"), "companyName") : null,
            input.Has("role") && input.Role is null ? UserRules.Error(UserErrorCodes.Required, "A role cannot be null.", "role") : null,
            input.Has("status") && input.Status is null ? UserRules.Error(UserErrorCodes.Required, "A status cannot be null.", "status") : null);
        if (errors.Count > 0)
            return UserPayload.Failed([.. errors]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await FindAsync(input.Id, cancellationToken);
        var role = input.Role ?? user.Role;
        var status = input.Status ?? user.Status;
        var securityChange = role != user.Role || status != user.Status;
        // The last-admin rule is checked first: for a sole admin acting on themselves it is the more useful answer.
        if ((role != UserRole.Admin || status != UserStatus.Active) && await IsLastActiveAdminAsync(user, cancellationToken))
            return UserPayload.Failed(UserRules.Error(UserErrorCodes.LastAdmin,
                "This is the last active admin; make another user an active admin first.", role != user.Role ? "role" : "status"));
        if (securityChange && user.Id == viewer.UserId)
            return UserPayload.Failed(UserRules.Error(UserErrorCodes.CannotChangeSelf,
                "You cannot change your own role or status; ask another admin.", role != user.Role ? "role" : "status"));

        var username = input.Has("username") && !string.Equals(input.Text("username"), user.Username, StringComparison.Ordinal) ? input.Text("username") : null;
        var email = input.Has("email") && !string.Equals(input.Text("email"), user.Email, StringComparison.Ordinal) ? input.Text("email") : null;
        errors.AddRange(await UniquenessErrorsAsync(username, email, user.Id, cancellationToken));
        if (errors.Count > 0)
            return UserPayload.Failed([.. errors]);

        user.Username = username ?? user.Username;
        user.Email = email ?? user.Email;
        user.TimeZone = input.Has("timeZone") ? input.Text("timeZone")! : user.TimeZone;
        user.FullName = input.Has("fullName") ? input.Text("fullName") : user.FullName;
        user.CompanyName = input.Has("companyName") ? input.Text("companyName") : user.CompanyName;
        if (securityChange)
        {
            user.Role = role;
            user.Status = status;
            user.SecurityStamp = Guid.NewGuid();
            await refreshTokens.RevokeAllForUserAsync(user.Id, cancellationToken);
        }
        user.UpdatedAt = time.GetUtcNow();
        return await SaveAsync(user, transaction, cancellationToken);
    }
}
