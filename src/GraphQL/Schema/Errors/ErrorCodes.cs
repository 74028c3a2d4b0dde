namespace CapConduit.Api.Schema.Errors;

/// <summary>The stable values of <c>extensions.code</c> on every GraphQL error the API returns.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Internal = "INTERNAL";

    // Transport-level codes: the request never reached (or never finished) execution.
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadRequest = "BAD_REQUEST";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string Timeout = "TIMEOUT";
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";
}
