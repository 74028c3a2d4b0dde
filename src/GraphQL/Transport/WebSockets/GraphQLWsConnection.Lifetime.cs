using System.Globalization;
using System.Security.Claims;

namespace CapConduit.Api.Transport.WebSockets;

public sealed partial class GraphQLWsConnection
{
    private Task RunBackgroundChecksAsync(CancellationToken ct) =>
        Task.WhenAll(AwaitInitThenRevalidateAsync(ct), SendPingsAsync(ct));

    private async Task AwaitInitThenRevalidateAsync(CancellationToken ct)
    {
        try
        {
            var timeout = Task.Delay(_services.Options.ConnectionInitTimeout, _services.TimeProvider, ct);
            if (await Task.WhenAny(_initialised.Task, timeout) == timeout)
            {
                await timeout; // throws when cancelled rather than timed out
                Close(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
                return;
            }

            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(NextRevalidationDelay(), _services.TimeProvider, ct);
                if (!await IsStillValidAsync(ct))
                {
                    Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Server-side keep-alive: the protocol lets either side ping; the client must answer pong.</summary>
    private async Task SendPingsAsync(CancellationToken ct)
    {
        if (_services.Options.PingInterval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(interval, _services.TimeProvider, ct);
                if (_acknowledged)
                {
                    Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Ping));
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async ValueTask<bool> IsStillValidAsync(CancellationToken ct) =>
        !IsExpired(Principal)
        && (_services.Authentication.Revalidate is not { } revalidate || await revalidate(Principal, ct));

    /// <summary>The revalidation interval, shortened so an <c>exp</c> claim is acted on when it passes.</summary>
    private TimeSpan NextRevalidationDelay()
    {
        var interval = _services.Options.RevalidationInterval;
        if (ExpiresAt(Principal) is { } exp)
        {
            var untilExpiry = exp - _services.TimeProvider.GetUtcNow();
            interval = untilExpiry < interval ? untilExpiry : interval;
        }

        return interval < TimeSpan.Zero ? TimeSpan.Zero : interval;
    }

    private bool IsExpired(ClaimsPrincipal principal) =>
        ExpiresAt(principal) is { } exp && exp <= _services.TimeProvider.GetUtcNow();

    private static DateTimeOffset? ExpiresAt(ClaimsPrincipal principal) =>
        principal.FindFirst("exp")?.Value is { } value
        && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
