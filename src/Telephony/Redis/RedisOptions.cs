namespace CapConduit.Telephony.Redis;

/// <summary>Redis connection settings: <c>ConnectionStrings:Redis</c> plus section "Redis".</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";
    public const string ConnectionStringName = "Redis";

    /// <summary>Prepended to every key and pub/sub channel, so several deployments (or tests) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "capconduit:";
}
