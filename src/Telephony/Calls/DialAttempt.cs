using CapConduit.Telephony.Caps;
using CapConduit.Telephony.Routing;

namespace CapConduit.Telephony.Calls;

/// <summary>One dial of one client: its leg, its slot and how it ended.</summary>
public sealed class DialAttempt
{
    public DialAttempt(int sequence, RoutingLink link, SlotLease lease, string channelId, DateTimeOffset startedAt)
    {
        Sequence = sequence;
        Link = link;
        Lease = lease;
        ChannelId = channelId;
        StartedAt = startedAt;
    }

    public int Sequence { get; }
    public RoutingLink Link { get; }
    public SlotLease Lease { get; }

    /// <summary>Our chosen leg id, <c>&lt;inbound id&gt;-a&lt;N&gt;</c>.</summary>
    public string ChannelId { get; }

    public string Endpoint => "PJSIP/" + Link.ClientIdentifier;
    public DateTimeOffset StartedAt { get; }

    /// <summary>When the originate request returned: the leg surely existed from then on.</summary>
    public DateTimeOffset? OriginatedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
    public AttemptOutcome? Outcome { get; set; }
    public int? CauseCode { get; set; }
    public string? CauseText { get; set; }
    public bool DialTimerFired { get; set; }
    public bool Answered { get; set; }
    public bool SlotReleased { get; set; }

    /// <summary>The leg is known to be gone (ChannelDestroyed, StasisEnd after answer, or found missing).</summary>
    public bool LegGone { get; set; }

    public CancellationTokenSource? DialTimer { get; set; }
}
