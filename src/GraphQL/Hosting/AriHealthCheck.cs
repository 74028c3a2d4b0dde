using CapConduit.Telephony;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Stasis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Hosting;

/// <summary>
/// Healthy while the Stasis app's ARI event stream is connected and still owns the app. A process with <c>Telephony:Enabled</c> false
/// takes no calls, so ARI is not a dependency of its readiness: it reports Healthy, "telephony disabled".
/// </summary>
internal sealed class AriHealthCheck(StasisHost stasis, IOptions<TelephonyOptions> telephony, IOptions<AriOptions> ari) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!telephony.Value.Enabled)
            return Task.FromResult(HealthCheckResult.Healthy("telephony disabled"));
        var result = stasis.Stream switch
        {
            { IsConnected: true } when stasis.AppReplaced => HealthCheckResult.Unhealthy(
                $"another WebSocket took over Stasis app '{ari.Value.App}' (ApplicationReplaced); this instance gets no calls until it reconnects. Give each instance its own Ari:App."),
            { IsConnected: true } stream => HealthCheckResult.Healthy($"event stream connected ({stream.ReconnectCount} reconnects)"),
            null => HealthCheckResult.Unhealthy($"event stream not started (Ari:Url = {ari.Value.Url})"),
            _ => HealthCheckResult.Unhealthy($"event stream disconnected from Ari:Url = {ari.Value.Url}; reconnecting"),
        };
        return Task.FromResult(result);
    }
}
