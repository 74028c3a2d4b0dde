using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.ConfigChanges;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Telephony.Routing;
using CapConduit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static CapConduit.Telephony.Tests.Routing.RoutingTestData;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class CompositionTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Caps_routing_and_live_events_resolve_from_configuration()
    {
        var prefix = RedisFixture.NewKeyPrefix();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Caps:KeyPrefix"] = prefix,
            ["Caps:LeaseTtl"] = "00:00:05",
            ["Caps:RenewInterval"] = "00:00:01",
            ["LiveEvents:ChannelPrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(redis.Connection)
            .AddCaps(configuration)
            .AddCallRouting()
            .AddLiveEvents(configuration);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Equal(prefix, provider.GetRequiredService<SlotStore>().Keys.Prefix);
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is LeaseRenewer);
        Assert.NotNull(provider.GetRequiredService<LiveEventPublisher>());
        Assert.NotNull(provider.GetRequiredService<ConfigChangeBus>());
        var router = provider.GetRequiredService<Router>();
        foreach (var kind in Enum.GetValues<RoutingStrategyKind>())
        {
            var snapshot = Snapshot(Did("+1555", Campaign(kind, Link("a"), Link("b"))));
            var plan = await router.PlanAsync(snapshot, "+1555", null, CancellationToken.None);
            Assert.Equal(2, plan.Links.Count);
        }
    }
}
