using StackExchange.Redis;
using Xunit;

namespace CapConduit.Testing;

/// <summary>One Redis connection per test class; each test takes its own key prefix so no test sees another's keys.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private ConnectionMultiplexer? _connection;

    public string ConnectionString { get; private set; } = "";

    public IConnectionMultiplexer Connection =>
        _connection ?? throw new InvalidOperationException("RedisFixture is not initialized.");

    public static string NewKeyPrefix() => $"test:{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestServices.RedisConnectionStringAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
    }
}
