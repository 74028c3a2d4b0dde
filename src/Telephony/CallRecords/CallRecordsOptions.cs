namespace CapConduit.Telephony.CallRecords;

/// <summary>Configuration section "CallRecords": the durable queue and its writer.</summary>
public sealed class CallRecordsOptions
{
    public const string SectionName = "CallRecords";

    /// <summary>Stream name after <c>Redis:KeyPrefix</c>.</summary>
    public string StreamName { get; set; } = "call-records";

    public string ConsumerGroup { get; set; } = "cdr-writers";

    /// <summary>Stable per instance, so a restarted writer reads its own pending entries back first.</summary>
    public string ConsumerName { get; set; } = Environment.MachineName;

    public int BatchSize { get; set; } = 100;

    /// <summary>How long the writer waits when the stream is empty (StackExchange.Redis has no blocking reads).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Entries another (crashed) writer held this long are claimed (XAUTOCLAIM).</summary>
    public TimeSpan ClaimIdleAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Records kept in memory while Redis itself is down at call end.</summary>
    public int RetryQueueCapacity { get; set; } = 10_000;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(StreamName))
            throw new InvalidOperationException($"{SectionName}:{nameof(StreamName)} must be set; it is empty.");
        if (BatchSize is < 1 or > 1000)
            throw new InvalidOperationException($"{SectionName}:{nameof(BatchSize)} must be 1–1000; it is {BatchSize}.");
        if (PollInterval <= TimeSpan.Zero)
            throw new InvalidOperationException($"{SectionName}:{nameof(PollInterval)} must be positive; it is {PollInterval}.");
        if (RetryInitialDelay <= TimeSpan.Zero || RetryMaxDelay < RetryInitialDelay)
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(RetryInitialDelay)} ({RetryInitialDelay}) must be positive and not above {nameof(RetryMaxDelay)} ({RetryMaxDelay}).");
        if (RetryQueueCapacity < 1)
            throw new InvalidOperationException($"{SectionName}:{nameof(RetryQueueCapacity)} must be at least 1; it is {RetryQueueCapacity}.");
    }
}
