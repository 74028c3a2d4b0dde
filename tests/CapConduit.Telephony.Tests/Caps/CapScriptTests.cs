using CapConduit.Telephony.Caps;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class CapScriptTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_script_unknown_to_redis_is_sent_once_in_full_and_then_cached()
    {
        // A unique comment gives a SHA Redis has never seen, so the first EVALSHA answers NOSCRIPT.
        var script = CapScript.FromSource("probe", $"-- {Guid.NewGuid()}\nreturn tonumber(ARGV[1]) + 1");
        var server = redis.Connection.GetServers().Single();
        Assert.False(await server.ScriptExistsAsync(script.Source));

        var first = await script.EvaluateAsync(redis.Connection.GetDatabase(), [], [41]);

        Assert.Equal(42, (int)first);
        Assert.True(await server.ScriptExistsAsync(script.Source));
        Assert.Equal(43, (int)await script.EvaluateAsync(redis.Connection.GetDatabase(), [], [42]));
    }

    [Fact]
    public void Every_cap_script_is_embedded()
    {
        Assert.Contains("CONCURRENCY_FULL", CapScript.Load("acquire-slot.lua").Source, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => CapScript.Load("missing.lua"));
    }
}
