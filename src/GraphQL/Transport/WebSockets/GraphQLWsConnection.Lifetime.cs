using System.Globalization;
using System.Security.Claims;

namespace CapConduit.Api.Transport.WebSockets;

public sealed partial class GraphQLWsConnection
{
    private async Task RunBackgroundChecksAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(_services.Options.ConnectionInitTimeout, _services.TimeProvider, ct);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                Close(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
                return;
            }

            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(NextRevalidationDelay(), _services.TimeProvider, ct);
                if (_acknowledged && !await IsStillValidAsync(ct))
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
