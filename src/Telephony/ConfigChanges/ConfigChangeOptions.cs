namespace CapConduit.Telephony.ConfigChanges;

/// <summary>Configuration section "ConfigChanges".</summary>
public sealed class ConfigChangeOptions
{
    public const string SectionName = "ConfigChanges";

    /// <summary>Prefix of the pub/sub channel name, so environments (and tests) sharing one Redis stay apart.</summary>
    public string ChannelPrefix { get; set; } = "capconduit:";
}
