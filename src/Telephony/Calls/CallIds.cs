namespace CapConduit.Telephony.Calls;

/// <summary>
/// The ids the app chooses (as the traces' refapp did): legs <c>&lt;inbound id&gt;-a&lt;N&gt;</c>, the bridge
/// <c>&lt;inbound id&gt;-br</c>. Asterisk's own inbound ids (<c>&lt;epoch&gt;.&lt;n&gt;</c>) never contain either suffix.
/// </summary>
public static class CallIds
{
    public static string Leg(string callId, int attempt) => $"{callId}-a{attempt}";

    public static string Bridge(string callId) => $"{callId}-br";

    /// <summary>The call a channel or bridge id belongs to (the id itself for an inbound channel).</summary>
    public static string CallIdOf(string channelOrBridgeId)
    {
        if (channelOrBridgeId.EndsWith("-br", StringComparison.Ordinal))
            return channelOrBridgeId[..^3];
        var dash = channelOrBridgeId.LastIndexOf("-a", StringComparison.Ordinal);
        if (dash > 0 && dash + 2 < channelOrBridgeId.Length && !channelOrBridgeId.AsSpan(dash + 2).ContainsAnyExceptInRange('0', '9'))
            return channelOrBridgeId[..dash];
        return channelOrBridgeId;
    }
}
