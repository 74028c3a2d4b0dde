using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace CapConduit.Telephony.Redis;

/// <summary>Creates the process-wide Redis connection.</summary>
internal static class RedisConnection
{
    public static IConnectionMultiplexer Connect(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(RedisOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"ConnectionStrings:{RedisOptions.ConnectionStringName} is not set (environment: ConnectionStrings__Redis). " +
                "scripts/services.sh prints a working value for local Redis.");
        var options = ConfigurationOptions.Parse(connectionString);
        // Start even while Redis is down and reconnect on our own: calls are refused meanwhile (PRODUCT.md §5.7).
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
