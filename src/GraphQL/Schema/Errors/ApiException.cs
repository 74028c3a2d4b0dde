namespace CapConduit.Api.Schema.Errors;

/// <summary>Base of the exceptions resolvers throw to return a typed error with a stable code.</summary>
public abstract class ApiException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;
}

/// <summary>The caller is not signed in, or its token is no longer valid.</summary>
public sealed class ApiAuthenticationException(string message = "Authentication is required.")
    : ApiException(ErrorCodes.Unauthenticated, message);

/// <summary>The caller is signed in but its role or scope does not allow this.</summary>
public sealed class ApiForbiddenException(string message = "You are not allowed to do this.")
    : ApiException(ErrorCodes.Forbidden, message);

/// <summary>The entity asked for does not exist (or is outside the caller's scope).</summary>
public sealed class ApiNotFoundException(string message) : ApiException(ErrorCodes.NotFound, message);

/// <summary>An argument is malformed (e.g. an undecodable cursor).</summary>
public sealed class ApiBadInputException(string message, Exception? innerException = null)
    : ApiException(ErrorCodes.BadUserInput, message, innerException);
