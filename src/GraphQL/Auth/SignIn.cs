using CapConduit.Api.Schema.Errors;
using CapConduit.Persistence;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Auth;

/// <summary>
/// Password sign-in (PRODUCT.md §1): throttled per username and client address, the same answer for an unknown user
/// and a wrong password, the hash always computed, and only ACTIVE users let in.
/// </summary>
public sealed class SignIn(CapConduitDbContext db, LoginThrottle throttle, TokenService tokens, RefreshTokenRotation refreshTokens)
{
    // Verified when the username is unknown, so both failures take as long as a real verification.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHashing.Hash(Guid.NewGuid().ToString()));

    public async Task<LoginPayload> LoginAsync(LoginInput input, string clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Username))
            return LoginPayload.Failed(new UserError(AuthErrorCodes.Required, "Enter a username.", ["input", "username"]));
        if (string.IsNullOrEmpty(input.Password))
            return LoginPayload.Failed(new UserError(AuthErrorCodes.Required, "Enter a password.", ["input", "password"]));

        var username = input.Username.Trim();
        if (await throttle.IsBlockedAsync(username, clientAddress, cancellationToken))
            return LoginPayload.Failed(new UserError(AuthErrorCodes.TooManyAttempts, "Too many failed sign-ins; try again later."));

        // users.username is citext: this equality ignores case.
        var user = await db.Users.SingleOrDefaultAsync(u => u.Username == username, cancellationToken);
        var verified = PasswordHashing.Verify(user?.PasswordHash ?? DummyHash.Value, input.Password) && user is not null;
        if (!verified || user is null)
        {
            await throttle.RecordFailureAsync(username, clientAddress, cancellationToken);
            return LoginPayload.Failed(new UserError(AuthErrorCodes.InvalidCredentials, "The username or password is incorrect."));
        }
        if (user.Status != UserStatus.Active)
            return LoginPayload.Failed(new UserError(AuthErrorCodes.AccountInactive, "This account is not active; ask an administrator."));

        await throttle.ResetUsernameAsync(username, cancellationToken);
        var access = tokens.CreateAccessToken(user);
        var refresh = refreshTokens.Issue(user);
        await db.SaveChangesAsync(cancellationToken);
        return new LoginPayload(access, refresh, user, []);
    }

    public async Task<LoginPayload> RefreshAsync(RefreshTokenInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.RefreshToken))
            return LoginPayload.Failed(new UserError(AuthErrorCodes.Required, "Enter the refresh token.", ["input", "refreshToken"]));
        var outcome = await refreshTokens.RotateAsync(input.RefreshToken, cancellationToken);
        return outcome switch
        {
            { User: { } user, Token: { } token } => new LoginPayload(tokens.CreateAccessToken(user), token, user, []),
            { Failure: RefreshFailure.AccountInactive } => LoginPayload.Failed(
                new UserError(AuthErrorCodes.AccountInactive, "This account is not active; ask an administrator.")),
            _ => LoginPayload.Failed(new UserError(AuthErrorCodes.InvalidRefreshToken,
                "The refresh token is invalid, expired or already used; sign in again.", ["input", "refreshToken"])),
        };
    }

    public async Task<LogoutPayload> LogoutAsync(RefreshTokenInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.RefreshToken))
            return new LogoutPayload(false, [new UserError(AuthErrorCodes.Required, "Enter the refresh token.", ["input", "refreshToken"])]);
        return await refreshTokens.RevokeAsync(input.RefreshToken, cancellationToken)
            ? new LogoutPayload(true, [])
            : new LogoutPayload(false, [new UserError(AuthErrorCodes.InvalidRefreshToken, "The refresh token is unknown.", ["input", "refreshToken"])]);
    }
}
