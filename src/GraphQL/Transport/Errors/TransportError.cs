using CapConduit.Api.Schema.Errors;
using GraphQL;

namespace CapConduit.Api.Transport.Errors;

/// <summary>A request refused before execution, with the HTTP status it answers with and its error code.</summary>
public abstract record TransportError(int StatusCode, string Code, string Message)
{
    public ExecutionResult ToExecutionResult() => new(new ExecutionError(Message) { Code = Code });
}

/// <summary>400: the body is not a JSON object of the GraphQL-over-HTTP shape, or a parameter is malformed.</summary>
public sealed record MalformedRequestError(string Detail)
    : TransportError(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, Detail);

/// <summary>405: e.g. a mutation over GET (the response carries <c>Allow: POST</c>).</summary>
public sealed record MethodNotAllowedError(string Detail, string Allow)
    : TransportError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, Detail);

/// <summary>413: the body exceeds <c>GraphQL:MaxRequestBodyBytes</c>.</summary>
public sealed record PayloadTooLargeError(long Limit)
    : TransportError(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
        $"The request body exceeds the limit of {Limit} bytes set by 'GraphQL:MaxRequestBodyBytes'.");

/// <summary>415: the Content-Type is not <c>application/json</c>.</summary>
public sealed record UnsupportedMediaTypeError(string? ContentType)
    : TransportError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
        $"Content-Type '{ContentType}' is not supported; use 'application/json'.");
