using CapConduit.Api.Auth;
using CapConduit.Api.Schema.Errors;
using CapConduit.Persistence;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapConduit.Api.Users;

/// <summary>
/// User management behind the user mutations. Each operation runs in one transaction and either applies entirely or
/// returns user errors and changes nothing. Callers have already checked who may call it.
/// </summary>
public sealed partial class UserEditor(
    CapConduitDbContext db, RefreshTokenRotation refreshTokens, CurrentUserCache cachedUsers, TimeProvider time)
{
    public async Task<UserPayload> CreateAsync(CreateUserInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var timeZone = input.TimeZone ?? "UTC";
        var errors = Collect(
            UserRules.Username(input.Username), UserRules.Email(input.Email), UserRules.Password(input.Password),
            UserRules.TimeZone(timeZone), UserRules.OptionalName(input.FullName, "fullName"),
            UserRules.OptionalName(input.CompanyName, "companyName"));
        if (errors.Count > 0)
            return UserPayload.Failed([.. errors]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        errors.AddRange(await UniquenessErrorsAsync(input.Username, input.Email, null, cancellationToken));
        if (errors.Count > 0)
            return UserPayload.Failed([.. errors]);

        var now = time.GetUtcNow();
        var user = db.Users.Add(new User
        {
            Id = Guid.CreateVersion7(now),
            Username = input.Username,
            Email = input.Email,
            PasswordHash = PasswordHashing.Hash(input.Password),
            Role = input.Role,
            Status = input.Status ?? UserStatus.Active,
            FullName = input.FullName,
            CompanyName = input.CompanyName,
            TimeZone = timeZone,
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        }).Entity;
        return await SaveAsync(user, transaction, cancellationToken);
    }

    private async Task<List<UserError>> UniquenessErrorsAsync(
        string? username, string? email, Guid? exceptId, CancellationToken cancellationToken)
    {
        // username and email are citext, so these comparisons ignore case as the unique indexes do.
        var errors = new List<UserError>();
        if (username is not null && await db.Users.AnyAsync(u => u.Username == username && u.Id != exceptId, cancellationToken))
            errors.Add(UserRules.Error(UserErrorCodes.UsernameTaken, $"The username '{username}' is taken (case is ignored).", "username"));
        if (email is not null && await db.Users.AnyAsync(u => u.Email == email && u.Id != exceptId, cancellationToken))
            errors.Add(UserRules.Error(UserErrorCodes.EmailTaken, $"The e-mail address '{email}' is already used (case is ignored).", "email"));
        return errors;
    }

    /// <summary>Saves and commits; a unique violation from a concurrent insert becomes the matching user error.</summary>
    private async Task<UserPayload> SaveAsync(
        User user, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
        {
            return pg.ConstraintName?.Contains("email", StringComparison.Ordinal) == true
                ? UserPayload.Failed(UserRules.Error(UserErrorCodes.EmailTaken, "The e-mail address is already used (case is ignored).", "email"))
                : UserPayload.Failed(UserRules.Error(UserErrorCodes.UsernameTaken, "The username is taken (case is ignored).", "username"));
        }
        await transaction.CommitAsync(cancellationToken);
        // PostgreSQL announces the change too, but this instance's next request must not wait for that.
        cachedUsers.Invalidate(user.Id);
        return new UserPayload(user, []);
    }

    /// <summary>
    /// Locks the rows of all active admins and returns their ids. A concurrent demotion waits for the lock and then
    /// sees the committed state, so two admins cannot remove each other as the last two.
    /// </summary>
    private Task<List<Guid>> LockActiveAdminsAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Guid>(
            "SELECT id AS \"Value\" FROM users WHERE role = 'ADMIN' AND status = 'ACTIVE' ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);

    private async Task<bool> IsLastActiveAdminAsync(User user, CancellationToken cancellationToken)
    {
        if (user is not { Role: UserRole.Admin, Status: UserStatus.Active })
            return false;
        var admins = await LockActiveAdminsAsync(cancellationToken);
        return admins.All(id => id == user.Id);
    }

    private static List<UserError> Collect(params UserError?[] errors) => [.. errors.OfType<UserError>()];

    private async Task<User> FindAsync(Guid? id, CancellationToken cancellationToken) =>
        (id is { } value ? await db.Users.SingleOrDefaultAsync(u => u.Id == value, cancellationToken) : null)
        ?? throw new ApiNotFoundException($"No user has the id '{id}'.");
}
