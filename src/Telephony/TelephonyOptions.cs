namespace CapConduit.Telephony;

/// <summary>Configuration section "Telephony": whether this process runs the call engine.</summary>
public sealed class TelephonyOptions
{
    public const string SectionName = "Telephony";

    /// <summary>
    /// Runs the Stasis app (ARI event stream, calls) and the call record writer. False for processes that only
    /// serve the API, and for API tests without Asterisk.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often owned channels, bridges and slots are swept, backing up event-driven cleanup.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(60);

    public void Validate()
    {
        if (SweepInterval < TimeSpan.FromSeconds(1))
            throw new InvalidOperationException($"{SectionName}:{nameof(SweepInterval)} must be at least 1 s; it is {SweepInterval}.");
    }
}
