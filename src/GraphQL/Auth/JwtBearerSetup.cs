using System.Net.Http.Headers;
using System.Text.Json;
using CapConduit.Api.Transport.WebSockets;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CapConduit.Api.Auth;

/// <summary>Points the JWT bearer handler and the WebSocket transport at <see cref="AccessTokenValidator"/>.</summary>
internal static class JwtBearerSetup
{
    private const string AuthorizationKey = "Authorization";

    public static void Configure(JwtBearerOptions options, AccessTokenValidator validator)
    {
        // Keep "sub", "name" and "role" as issued: Viewer reads those names.
        options.MapInboundClaims = false;
        options.TokenValidationParameters = validator.CreateParameters();
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                if (context.Principal is null
                    || !await validator.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
                    context.Fail("The access token was revoked: the user's status, role or password changed.");
            },
        };
    }

    public static void Configure(GraphQLWsAuthenticationOptions options, AccessTokenValidator validator)
    {
        options.Authenticate = async (http, payload, ct) =>
            // A payload token must be valid (else the connection is refused); without one the connection acts as the
            // upgrade request's user, which the bearer handler already validated (or anonymous).
            ReadBearer(payload) is { } token ? await validator.ValidateAsync(token, ct) : http.User;
        options.Revalidate = (principal, ct) => principal.Identity?.IsAuthenticated == true
            ? validator.IsCurrentAsync(principal, ct)
            : ValueTask.FromResult(true);
    }

    /// <summary>Reads <c>{"Authorization": "Bearer …"}</c> from a <c>connection_init</c> payload.</summary>
    private static string? ReadBearer(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } obj)
            return null;
        foreach (var property in obj.EnumerateObject())
        {
            if (property.NameEquals(AuthorizationKey) || property.Name.Equals(AuthorizationKey, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String
                    && AuthenticationHeaderValue.TryParse(property.Value.GetString(), out var header)
                    && header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
                    ? header.Parameter ?? ""
                    : "";
            }
        }
        return null;
    }
}
