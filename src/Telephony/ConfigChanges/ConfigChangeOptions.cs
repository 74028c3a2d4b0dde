namespace CapConduit.Telephony.ConfigChanges;

/// <summary>Configuration section "ConfigChanges".</summary>
public sealed class ConfigChangeOptions
{
    public const string SectionName = "ConfigChanges";

    /// <summary>Prefix of the pub/sub channel name, so environments sharing one Redis stay apart; <c>Redis:KeyPrefix</c> unless set.</summary>
    public string ChannelPrefix { get; set; } = "capconduit:";
}
