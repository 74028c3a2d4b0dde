using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace CapConduit.Api.Schema.Errors;

/// <summary>
/// Gives every error an <c>extensions.code</c> from <see cref="ErrorCodes"/>. Unexpected exceptions become
/// <c>INTERNAL</c> with a generic message; their message and stack trace are shown only when
/// <paramref name="exposeDetails"/> is true (the Development environment).
/// </summary>
public sealed class ApiErrorInfoProvider(bool exposeDetails) : IErrorInfoProvider
{
    private const string InternalMessage = "An internal error occurred.";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var (code, message) = Classify(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (exposeDetails && code == ErrorCodes.Internal && executionError.InnerException is { } inner)
        {
            message = inner.Message;
            extensions["details"] = inner.ToString();
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static (string Code, string Message) Classify(ExecutionError error)
    {
        if (error.InnerException is ApiException api)
        {
            return (api.Code, api.Message);
        }

        return error switch
        {
            SyntaxError => (ErrorCodes.ParseFailed, error.Message),
            ComplexityError or ValidationError or DocumentError => (ErrorCodes.ValidationFailed, error.Message),
            TimeoutError => (ErrorCodes.Timeout, error.Message),
            UnhandledError => (ErrorCodes.Internal, InternalMessage),
            { InnerException: not null } => (ErrorCodes.Internal, InternalMessage),
            // An ExecutionError raised on purpose (transport or resolver) keeps its own code and message.
            { Code: { Length: > 0 } code } => (code, error.Message),
            _ => (ErrorCodes.Internal, error.Message),
        };
    }
}
