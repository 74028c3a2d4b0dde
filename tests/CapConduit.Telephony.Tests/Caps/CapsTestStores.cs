using CapConduit.Telephony.Caps;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.Tests.Caps;

/// <summary>Builds cap services over a real Redis with a key prefix of the test's own.</summary>
internal static class CapsTestStores
{
    public static IOptions<CapsOptions> Options(string prefix, TimeSpan? leaseTtl = null, TimeSpan? renewInterval = null)
    {
        var ttl = leaseTtl ?? TimeSpan.FromSeconds(30);
        return Microsoft.Extensions.Options.Options.Create(new CapsOptions
        {
            KeyPrefix = prefix,
            LeaseTtl = ttl,
            RenewInterval = renewInterval ?? ttl / 3,
        });
    }

    public static SlotStore Store(IConnectionMultiplexer redis, string prefix, TimeSpan? leaseTtl = null, TimeSpan? renewInterval = null) =>
        new(redis, Options(prefix, leaseTtl, renewInterval), NullLogger<SlotStore>.Instance);

    public static SlotRequest Request(Guid linkId, string callId, int maxConcurrency, long? totalAllowed = null, long totalUsed = 0) =>
        new(linkId, callId, maxConcurrency, totalAllowed, totalUsed);
}
