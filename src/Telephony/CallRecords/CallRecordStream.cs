using CapConduit.Telephony.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.CallRecords;

/// <summary>The Redis stream that is the durable call record queue, and its field names.</summary>
public sealed class CallRecordStream
{
    public const string ChannelIdField = "channel";
    public const string PayloadField = "record";

    public CallRecordStream(IOptions<RedisOptions> redis, IOptions<CallRecordsOptions> options)
    {
        Key = $"{redis.Value.KeyPrefix}{options.Value.StreamName}";
        Group = options.Value.ConsumerGroup;
    }

    public RedisKey Key { get; }

    public string Group { get; }
}
