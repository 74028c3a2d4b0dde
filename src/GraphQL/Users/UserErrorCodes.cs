namespace CapConduit.Api.Users;

/// <summary>Stable <c>UserError.code</c> values of the user mutations.</summary>
public static class UserErrorCodes
{
    public const string Required = "REQUIRED";
    public const string InvalidUsername = "INVALID_USERNAME";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string PasswordTooShort = "PASSWORD_TOO_SHORT";
    public const string InvalidTimeZone = "INVALID_TIME_ZONE";
    public const string TooLong = "TOO_LONG";
    public const string UsernameTaken = "USERNAME_TAKEN";
    public const string EmailTaken = "EMAIL_TAKEN";
    public const string LastAdmin = "LAST_ADMIN";
    public const string CannotChangeSelf = "CANNOT_CHANGE_SELF";
    public const string CannotDeleteSelf = "CANNOT_DELETE_SELF";
    public const string InvalidCurrentPassword = "INVALID_CURRENT_PASSWORD";
    public const string UserHasDependents = "USER_HAS_DEPENDENTS";
}
