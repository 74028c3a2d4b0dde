namespace CapConduit.FakeAsterisk;

internal sealed partial class AsteriskSimulator
{
    /// <summary>
    /// DELETE /channels/{id}: always ChannelHangupRequest {cause 32, soft true}, whatever reason was
    /// given (ari-traces behaviour 5). A ringing leg then ends NOANSWER with 19/480 for reason
    /// no_answer, else 16 "Normal Clearing".
    /// </summary>
    public SimReply Hangup(string channelId, string? reason, AsteriskEventSequence sequence)
    {
        if (Live(channelId) is not { } channel)
            return SimReply.ChannelNotFound();
        sequence.HangupRequest(channel, 32, null, soft: true);
        if (channel.IsOriginated && !channel.Answered)
        {
            if (reason == "no_answer")
                EndUnansweredLeg(channel, sequence, 19, "User alerting, no answer", 480);
            else
                EndUnansweredLeg(channel, sequence, 16, "Normal Clearing", null);
        }
        else
        {
            End(channel, sequence);
        }

        return SimReply.NoContent;
    }

    private void EndUnansweredLeg(FakeChannel channel, AsteriskEventSequence sequence, int cause, string text,
        int? techCause)
    {
        if (channel.Dialed)
            sequence.Dial(channel, "NOANSWER");
        sequence.Destroyed(channel, cause, text, techCause);
        Remove(channel);
    }

    /// <summary>ChannelLeftBridge › StasisEnd, then for originated channels Varset › ChannelDestroyed.</summary>
    private void End(FakeChannel channel, AsteriskEventSequence sequence)
    {
        if (channel.BridgeId is { } bridgeId && _bridges.TryGetValue(bridgeId, out var bridge))
            LeaveBridge(bridge, channel, sequence);
        if (channel.InStasis)
        {
            channel.InStasis = false;
            sequence.StasisEnd(channel);
        }

        if (channel.IsOriginated)
        {
            channel.AppName = "AppDial2";
            channel.AppData = "(Outgoing Line)";
            sequence.Varset(channel, "STASISSTATUS", "SUCCESS");
            sequence.Destroyed(channel, 16, "Normal Clearing", null);
        }

        Remove(channel);
    }

    private void LeaveBridge(FakeBridge bridge, FakeChannel channel, AsteriskEventSequence sequence)
    {
        var technology = bridge.HasLostAChannel || bridge.Channels.Count < 2 ? "simple_bridge" : "native_rtp";
        bridge.Channels.Remove(channel.Id);
        bridge.HasLostAChannel = true;
        channel.BridgeId = null;
        sequence.LeftBridge(bridge, channel, technology);
    }
}
