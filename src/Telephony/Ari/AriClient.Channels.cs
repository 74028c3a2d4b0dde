using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari;

// Mirrors channels.json (ARI 22): https://docs.asterisk.org/Asterisk_22_Documentation/API_Documentation/Asterisk_REST_Interface/Channels_REST_API/
public sealed partial class AriClient
{
    public Task<List<Channel>> ListChannelsAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "channels", null, AriJsonContext.Default.ListChannel, cancellationToken);

    public Task<Channel> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"channels/{Escape(channelId)}", null, AriJsonContext.Default.Channel,
            cancellationToken);

    /// <summary>Indicates ringing to the caller (180); Asterisk sends no event for it.</summary>
    public Task RingAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/ring", null, cancellationToken);

    public Task AnswerAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/answer", null, cancellationToken);

    /// <summary>Hangs up with a Q.850 cause (reason_code), e.g. 34 gives the caller 503, 1 gives 404.</summary>
    public Task HangupAsync(string channelId, int reasonCode, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"channels/{Escape(channelId)}", new Query().Add("reason_code", reasonCode),
            cancellationToken);

    /// <summary>Hangs up with an ARI reason name (normal, busy, congestion, no_answer...) or none.</summary>
    public Task HangupAsync(string channelId, string? reason, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"channels/{Escape(channelId)}", new Query().Add("reason", reason),
            cancellationToken);

    /// <summary>
    /// POST /channels. Asterisk replies 200 with a Down snapshot even when the target will refuse;
    /// the outcome arrives later as events (Dial, ChannelHangupRequest, ChannelDestroyed).
    /// </summary>
    public Task<Channel> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "channels", new Query()
                .Add("endpoint", request.Endpoint)
                .Add("app", request.App ?? _options.App)
                .Add("appArgs", request.AppArgs)
                .Add("callerId", request.CallerId)
                .Add("timeout", request.TimeoutSeconds)
                .Add("channelId", request.ChannelId),
            AriJsonContext.Default.Channel, cancellationToken);

    /// <summary>POST /channels/create: makes the channel without dialing it (then <see cref="DialAsync"/>).</summary>
    public Task<Channel> CreateChannelAsync(string endpoint, string? appArgs, string? channelId,
        CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "channels/create", new Query()
                .Add("endpoint", endpoint)
                .Add("app", _options.App)
                .Add("appArgs", appArgs)
                .Add("channelId", channelId),
            AriJsonContext.Default.Channel, cancellationToken);

    public Task DialAsync(string channelId, string? callerChannelId, int? timeoutSeconds,
        CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/dial",
            new Query().Add("caller", callerChannelId).Add("timeout", timeoutSeconds), cancellationToken);

    public async Task<string> GetChannelVariableAsync(string channelId, string variable,
        CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Get, $"channels/{Escape(channelId)}/variable",
            new Query().Add("variable", variable), AriJsonContext.Default.Variable, cancellationToken)
            .ConfigureAwait(false)).Value;

    public Task SetChannelVariableAsync(string channelId, string variable, string? value,
        CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/variable",
            new Query().Add("variable", variable).Add("value", value), cancellationToken);
}
