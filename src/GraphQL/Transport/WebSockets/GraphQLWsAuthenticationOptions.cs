using System.Security.Claims;
using System.Text.Json;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>Decides who a WebSocket connection acts as, and whether it still may.</summary>
public sealed class GraphQLWsAuthenticationOptions
{
    /// <summary>
    /// Called with the HTTP upgrade request and the <c>connection_init</c> payload (e.g. <c>{"Authorization":"Bearer …"}</c>).
    /// Returns the connection's principal, or null to refuse it (close 4403). Default: the upgrade request's user.
    /// </summary>
    public Func<HttpContext, JsonElement?, CancellationToken, ValueTask<ClaimsPrincipal?>> Authenticate { get; set; } =
        (context, _, _) => ValueTask.FromResult<ClaimsPrincipal?>(context.User);

    /// <summary>
    /// Called every <see cref="GraphQLTransportOptions.RevalidationInterval"/>; false closes the connection with 4403
    /// (e.g. the user was disabled). Null: only the <c>exp</c> claim is checked.
    /// </summary>
    public Func<ClaimsPrincipal, CancellationToken, ValueTask<bool>>? Revalidate { get; set; }
}
