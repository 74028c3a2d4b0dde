namespace CapConduit.Api.Auth;

/// <summary>Security events of sign-in and token use. Passwords and tokens are never logged.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Sign-in failed for username '{Username}' from {Address}")]
    public static partial void SignInFailed(ILogger logger, string username, string address);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Sign-in throttled for username '{Username}' from {Address}")]
    public static partial void SignInThrottled(ILogger logger, string username, string address);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Refresh token reuse detected for user {UserId}; token family {FamilyId} revoked")]
    public static partial void RefreshTokenReused(ILogger logger, Guid userId, Guid familyId);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, Guid userId);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Listening for user changes; cached users are in use")]
    public static partial void UserChangesListening(ILogger logger);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "User change feed lost; users are read from the database until it is back (retrying in {Delay})")]
    public static partial void UserChangesLost(ILogger logger, Exception exception, TimeSpan delay);
}
