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

    /// <summary>
    /// On shutdown, how long live calls may go on before they are ended (new calls are refused at once). The host's
    /// shutdown timeout is set above this plus <see cref="FlushTimeout"/>.
    /// </summary>
    public TimeSpan ShutdownDeadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On shutdown, after the calls: how long to wait for every call record to reach PostgreSQL.</summary>
    public TimeSpan FlushTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public void Validate()
    {
        if (ShutdownDeadline < TimeSpan.Zero)
            throw new InvalidOperationException($"{SectionName}:{nameof(ShutdownDeadline)} must not be negative; it is {ShutdownDeadline}.");
        if (FlushTimeout < TimeSpan.Zero)
            throw new InvalidOperationException($"{SectionName}:{nameof(FlushTimeout)} must not be negative; it is {FlushTimeout}.");
        if (SweepInterval < TimeSpan.FromSeconds(1))
            throw new InvalidOperationException($"{SectionName}:{nameof(SweepInterval)} must be at least 1 s; it is {SweepInterval}.");
    }
}
