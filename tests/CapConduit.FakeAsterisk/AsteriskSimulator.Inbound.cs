namespace CapConduit.FakeAsterisk;

internal sealed partial class AsteriskSimulator
{
    /// <summary>A carrier call reaching dialplan Stasis(app): StasisStart with no args, state Ring.</summary>
    public string InjectInbound(string dialedNumber, string callerNumber, string callerName)
    {
        string id = "";
        var observer = options.InboundStasisStartSent;
        Action? afterSent = observer is null ? null : () => observer(id, System.Diagnostics.Stopwatch.GetTimestamp());
        Run(sequence =>
        {
            id = NextUniqueId();
            var channel = new FakeChannel
            {
                Id = id,
                Name = NextName("PJSIP", "carrier"),
                ProtocolId = $"{id}-{Guid.NewGuid():N}@127.0.0.1",
                IsOriginated = false,
                CreationTime = options.TimeProvider.GetUtcNow(),
                State = "Ring",
                CallerName = callerName,
                CallerNumber = callerNumber,
                Context = options.InboundContext,
                Exten = dialedNumber,
                AppName = "Stasis",
                AppData = options.App,
                InStasis = true,
            };
            _channels.Add(id, channel);
            sequence.StasisStart(channel, []);
            return SimReply.NoContent;
        }, afterFirstSent: afterSent);
        return id;
    }

    /// <summary>
    /// The far end hangs up: a CANCEL (cause 127, tech_cause 487) while an inbound call is unanswered,
    /// else a BYE (no cause). Inbound channels then get StasisEnd and nothing more.
    /// </summary>
    public bool FarEndHangup(string channelId)
    {
        var found = false;
        Run(sequence =>
        {
            if (Live(channelId) is not { } channel)
                return SimReply.NoContent;
            found = true;
            FarEndHangup(channel, sequence);
            return SimReply.NoContent;
        });
        return found;
    }

    private void FarEndHangup(FakeChannel channel, AsteriskEventSequence sequence)
    {
        if (!channel.IsOriginated && !channel.Answered)
            sequence.HangupRequest(channel, 127, 487);
        else
            sequence.HangupRequest(channel);
        if (channel.IsOriginated && !channel.Answered)
            EndUnansweredLeg(channel, sequence, 16, "Normal Clearing", null);
        else
            End(channel, sequence);
    }
}
