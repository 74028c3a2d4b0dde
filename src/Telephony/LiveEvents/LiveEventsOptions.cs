namespace CapConduit.Telephony.LiveEvents;

/// <summary>Configuration section "LiveEvents".</summary>
public sealed class LiveEventsOptions
{
    public const string SectionName = "LiveEvents";

    /// <summary>Prefix of the channel and key names, so environments sharing one Redis stay apart; <c>Redis:KeyPrefix</c> unless set.</summary>
    public string ChannelPrefix { get; set; } = "capconduit:";

    /// <summary>
    /// A live call board entry not updated for this long is a leftover of a crashed instance and is dropped; the
    /// board's hash also expires this long after its last write.
    /// </summary>
    public TimeSpan LiveCallMaxAge { get; set; } = TimeSpan.FromHours(4);
}
