using System.Text.RegularExpressions;
using CapConduit.Api.Schema.Errors;

namespace CapConduit.Api.Users;

/// <summary>Validation of user fields (PRODUCT.md §1); each check returns the error for its input field, or null.</summary>
public static partial class UserRules
{
    public const int MinUsernameLength = 3;
    public const int MaxUsernameLength = 80;
    public const int MinPasswordLength = 8;
    public const int MaxEmailLength = 254;
    public const int MaxNameLength = 200;
    public const int MaxTimeZoneLength = 64;

    public static UserError? Username(string? value) =>
        string.IsNullOrWhiteSpace(value) ? Error(UserErrorCodes.Required, "Enter a username.", "username")
        : value.Length is < MinUsernameLength or > MaxUsernameLength
            ? Error(UserErrorCodes.InvalidUsername, $"A username has {MinUsernameLength} to {MaxUsernameLength} characters; this one has {value.Length}.", "username")
        : value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            ? Error(UserErrorCodes.InvalidUsername, "A username may not contain spaces or control characters.", "username")
        : null;

    public static UserError? Email(string? value) =>
        string.IsNullOrWhiteSpace(value) ? Error(UserErrorCodes.Required, "Enter an e-mail address.", "email")
        : value.Length > MaxEmailLength || !EmailPattern().IsMatch(value)
            ? Error(UserErrorCodes.InvalidEmail, $"'{value}' is not a valid e-mail address.", "email")
        : null;

    public static UserError? Password(string? value, string field = "password") =>
        string.IsNullOrEmpty(value) ? Error(UserErrorCodes.Required, "Enter a password.", field)
        : value.Length < MinPasswordLength
            ? Error(UserErrorCodes.PasswordTooShort, $"A password has at least {MinPasswordLength} characters.", field)
        : null;

    public static UserError? TimeZone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return Error(UserErrorCodes.Required, "Enter an IANA time zone such as UTC or Europe/Paris.", "timeZone");
        try
        {
            // On Linux FindSystemTimeZoneById also accepts Windows ids; HasIanaId keeps the stored name IANA.
            if (value.Length <= MaxTimeZoneLength && TimeZoneInfo.FindSystemTimeZoneById(value).HasIanaId)
                return null;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
        }
        return Error(UserErrorCodes.InvalidTimeZone, $"'{value}' is not an IANA time zone such as UTC or Europe/Paris.", "timeZone");
    }

    public static UserError? OptionalName(string? value, string field) =>
        value is { Length: > MaxNameLength }
            ? Error(UserErrorCodes.TooLong, $"At most {MaxNameLength} characters; this has {value.Length}.", field)
            : null;

    public static UserError Error(string code, string message, string field) => new(code, message, ["input", field]);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
