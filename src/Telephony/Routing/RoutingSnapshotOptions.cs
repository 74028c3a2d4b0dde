namespace CapConduit.Telephony.Routing;

/// <summary>Configuration section "RoutingSnapshot": how the in-memory routing snapshot is kept fresh.</summary>
public sealed class RoutingSnapshotOptions
{
    public const string SectionName = "RoutingSnapshot";

    /// <summary>
    /// Reload this often even without a change notice: pub/sub may lose a notice while Redis reconnects,
    /// and a change made outside the API (SQL by hand) sends none.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After a failed load (PostgreSQL down) the previous snapshot stays in use and the load is retried after this.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// False only where the embedding code supplies snapshots itself (call-flow tests that script routing);
    /// then nothing is loaded from PostgreSQL and the holder keeps what it is given.
    /// </summary>
    public bool LoadFromDatabase { get; set; } = true;

    /// <summary>Throws naming the setting and its value when the configuration cannot work.</summary>
    public void Validate()
    {
        if (RefreshInterval < TimeSpan.FromSeconds(1))
            throw new InvalidOperationException($"{SectionName}:{nameof(RefreshInterval)} must be at least 1 s; it is {RefreshInterval}.");
        if (RetryDelay < TimeSpan.FromMilliseconds(50) || RetryDelay > RefreshInterval)
        {
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(RetryDelay)} must be between 50 ms and {nameof(RefreshInterval)} ({RefreshInterval}); it is {RetryDelay}.");
        }
    }
}
