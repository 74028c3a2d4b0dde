using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari;

// Mirrors applications.json (ARI 22).
public sealed partial class AriClient
{
    /// <summary>GET /applications/{app}: the channels and bridges the app owns (for reconciling).</summary>
    public Task<Application> GetApplicationAsync(CancellationToken cancellationToken) =>
        GetApplicationAsync(_options.App, cancellationToken);

    public Task<Application> GetApplicationAsync(string application, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"applications/{Escape(application)}", null, AriJsonContext.Default.Application,
            cancellationToken);
}
