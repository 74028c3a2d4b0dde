using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari;

// Mirrors asterisk.json (ARI 22).
public sealed partial class AriClient
{
    /// <summary>GET /asterisk/info: a cheap liveness and version probe.</summary>
    public Task<AsteriskInfo> GetAsteriskInfoAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "asterisk/info", null, AriJsonContext.Default.AsteriskInfo, cancellationToken);
}
