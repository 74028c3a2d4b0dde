using CapConduit.Telephony.Caps;
using CapConduit.Telephony.ConfigChanges;
using CapConduit.Telephony.LiveEvents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Tests.Redis;

public sealed class KeyPrefixDefaultsTests
{
    [Fact]
    public void Every_area_follows_Redis_KeyPrefix_unless_it_sets_its_own()
    {
        var (caps, live, config) = Resolve(new() { ["Redis:KeyPrefix"] = "acme:", ["LiveEvents:ChannelPrefix"] = "acme-live:" });

        Assert.Equal("acme:", caps);
        Assert.Equal("acme-live:", live);
        Assert.Equal("acme:", config);
    }

    [Fact]
    public void Without_any_prefix_setting_every_area_uses_the_product_default()
    {
        var (caps, live, config) = Resolve([]);

        Assert.Equal(["capconduit:", "capconduit:", "capconduit:"], new[] { caps, live, config });
    }

    private static (string Caps, string Live, string Config) Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddCaps(configuration);
        services.AddLiveEvents(configuration);
        using var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IOptions<CapsOptions>>().Value.KeyPrefix,
            provider.GetRequiredService<IOptions<LiveEventsOptions>>().Value.ChannelPrefix,
            provider.GetRequiredService<IOptions<ConfigChangeOptions>>().Value.ChannelPrefix);
    }
}
