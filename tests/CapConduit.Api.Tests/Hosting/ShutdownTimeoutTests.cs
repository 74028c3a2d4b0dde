using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Tests.Hosting;

public sealed class ShutdownTimeoutTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Host_shutdown_timeout_leaves_room_for_the_call_deadline_and_the_record_flush()
    {
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString, new Dictionary<string, string?>
        {
            ["Telephony:ShutdownDeadline"] = "00:01:00",
            ["Telephony:FlushTimeout"] = "00:00:20",
        });

        var timeout = api.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        Assert.True(timeout >= TimeSpan.FromSeconds(80), $"ShutdownTimeout is {timeout}");
    }
}
