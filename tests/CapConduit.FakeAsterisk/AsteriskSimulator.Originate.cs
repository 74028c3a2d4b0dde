namespace CapConduit.FakeAsterisk;

internal sealed partial class AsteriskSimulator
{
    /// <summary>
    /// POST /channels (and /channels/create without dialing). Replies 200 with a Down AppDial2 snapshot
    /// even when the endpoint will refuse; the outcome comes only as events (ari-traces behaviour 2).
    /// </summary>
    public SimReply Originate(OriginateParameters p, bool dial, AsteriskEventSequence sequence)
    {
        if (string.IsNullOrEmpty(p.Endpoint))
            return SimReply.Error(400, "Endpoint must be specified");
        if (string.IsNullOrEmpty(p.App))
            return SimReply.Error(400, "Application or extension must be specified");
        if (!_endpoints.TryGetValue(p.Endpoint, out var behavior))
            return new SimReply(500, AsteriskJson.Message("error", "Allocation failed"));
        var id = p.ChannelId ?? NextUniqueId();
        if (_channels.ContainsKey(id))
            return SimReply.Error(409, "Channel with given unique ID already exists");

        var slash = p.Endpoint.IndexOf('/');
        var channel = new FakeChannel
        {
            Id = id,
            Name = NextName(p.Endpoint[..Math.Max(slash, 0)], p.Endpoint[(slash + 1)..]),
            ProtocolId = Guid.NewGuid().ToString(),
            IsOriginated = true,
            CreationTime = options.TimeProvider.GetUtcNow(),
            CallerNumber = p.CallerId ?? "",
            ConnectedNumber = p.CallerId ?? "",
            Context = options.EndpointContext,
            Exten = "s",
            AppName = "AppDial2",
            AppData = "(Outgoing Line)",
            Endpoint = p.Endpoint,
            AppArgs = p.AppArgs,
            Behavior = behavior,
        };
        _channels.Add(id, channel);
        legs.LegStarted(p.Endpoint);
        var snapshot = AsteriskJson.Channel(channel);
        if (dial)
            StartDial(channel, sequence);
        return SimReply.Ok(snapshot);
    }

    /// <summary>POST /channels/{id}/dial for a channel made by /channels/create.</summary>
    public SimReply Dial(string channelId, AsteriskEventSequence sequence)
    {
        if (Live(channelId) is not { } channel)
            return SimReply.ChannelNotFound();
        if (channel.Dialed || !channel.IsOriginated)
            return SimReply.Error(409, "Channel is not in the 'Down' state");
        StartDial(channel, sequence);
        return SimReply.NoContent;
    }

    private void StartDial(FakeChannel channel, AsteriskEventSequence sequence)
    {
        channel.Dialed = true;
        sequence.Dial(channel, "");
        var behavior = channel.Behavior!;
        switch (behavior.Outcome)
        {
            case EndpointOutcome.Busy:
                Schedule(channel, behavior.RingFor, s => Refuse(channel, s, 17, 486, "BUSY", "User busy"));
                break;
            case EndpointOutcome.Unavailable:
                Schedule(channel, behavior.RingFor,
                    s => Refuse(channel, s, 34, 503, "CONGESTION", "Circuit/channel congestion"));
                break;
            case EndpointOutcome.RingForever:
                Schedule(channel, TimeSpan.Zero, s => Ringing(channel, s));
                break;
            case EndpointOutcome.Answer:
                // Ring first, then answer: one chain, so the answer can never overtake the ringing.
                Schedule(channel, TimeSpan.Zero, s =>
                {
                    Ringing(channel, s);
                    Schedule(channel, behavior.RingFor, s2 => Answer(channel, s2));
                });
                break;
        }
    }

    private static void Ringing(FakeChannel channel, AsteriskEventSequence sequence)
    {
        if (channel.Answered)
            return;
        channel.State = "Ringing";
        sequence.StateChange(channel).Dial(channel, "RINGING");
    }

    private void Refuse(FakeChannel channel, AsteriskEventSequence sequence, int cause, int sipStatus,
        string dialStatus, string causeText)
    {
        sequence.HangupRequest(channel, cause, sipStatus).Dial(channel, dialStatus);
        sequence.Destroyed(channel, cause, causeText, sipStatus);
        Remove(channel);
    }

    /// <summary>StateChange(Up) › Dial(ANSWER) › Varset(STASISSTATUS="") › StasisStart(args).</summary>
    private void Answer(FakeChannel channel, AsteriskEventSequence sequence)
    {
        channel.State = "Up";
        channel.Answered = true;
        sequence.StateChange(channel).Dial(channel, "ANSWER");
        channel.AppName = "Stasis";
        channel.AppData = string.IsNullOrEmpty(channel.AppArgs) ? options.App : $"{options.App},{channel.AppArgs}";
        sequence.Varset(channel, "STASISSTATUS", "");
        channel.InStasis = true;
        var args = string.IsNullOrEmpty(channel.AppArgs) ? [] : channel.AppArgs.Split(',');
        sequence.StasisStart(channel, args);
        if (channel.Behavior!.HangUpAfterAnswer is { } talk)
            Schedule(channel, talk, s => FarEndHangup(channel, s));
    }
}

internal sealed record OriginateParameters(
    string? Endpoint, string? App, string? AppArgs, string? CallerId, string? ChannelId);
