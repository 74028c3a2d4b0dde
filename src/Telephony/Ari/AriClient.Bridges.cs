using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari;

// Mirrors bridges.json (ARI 22).
public sealed partial class AriClient
{
    /// <summary>POST /bridges?type=mixing. No BridgeCreated event follows (see ari-traces).</summary>
    public Task<Bridge> CreateBridgeAsync(string? bridgeId, string? name, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "bridges",
            new Query().Add("type", "mixing").Add("bridgeId", bridgeId).Add("name", name),
            AriJsonContext.Default.Bridge, cancellationToken);

    public Task<Bridge> GetBridgeAsync(string bridgeId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"bridges/{Escape(bridgeId)}", null, AriJsonContext.Default.Bridge,
            cancellationToken);

    public Task<List<Bridge>> ListBridgesAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "bridges", null, AriJsonContext.Default.ListBridge, cancellationToken);

    /// <summary>A gone channel gives 400 "Channel not found" (IsNotFound), a gone bridge 404.</summary>
    public Task AddChannelsAsync(string bridgeId, IEnumerable<string> channelIds,
        CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"bridges/{Escape(bridgeId)}/addChannel",
            new Query().Add("channel", string.Join(',', channelIds)), cancellationToken);

    public Task RemoveChannelsAsync(string bridgeId, IEnumerable<string> channelIds,
        CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"bridges/{Escape(bridgeId)}/removeChannel",
            new Query().Add("channel", string.Join(',', channelIds)), cancellationToken);

    /// <summary>Stasis bridges stay until deleted; BridgeDestroyed follows (sometimes before the 204).</summary>
    public Task DestroyBridgeAsync(string bridgeId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"bridges/{Escape(bridgeId)}", null, cancellationToken);
}
