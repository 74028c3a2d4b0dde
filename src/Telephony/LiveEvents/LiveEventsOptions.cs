namespace CapConduit.Telephony.LiveEvents;

/// <summary>Configuration section "LiveEvents".</summary>
public sealed class LiveEventsOptions
{
    public const string SectionName = "LiveEvents";

    /// <summary>Prefix of the pub/sub channel names, so environments (and tests) sharing one Redis stay apart.</summary>
    public string ChannelPrefix { get; set; } = "capconduit:";
}
