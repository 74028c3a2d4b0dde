namespace CapConduit.Api.Auth;

/// <summary>Stable <c>UserError.code</c> values of the sign-in mutations.</summary>
public static class AuthErrorCodes
{
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string AccountInactive = "ACCOUNT_INACTIVE";
    public const string TooManyAttempts = "TOO_MANY_ATTEMPTS";
    public const string InvalidRefreshToken = "INVALID_REFRESH_TOKEN";
    public const string Required = "REQUIRED";
}
