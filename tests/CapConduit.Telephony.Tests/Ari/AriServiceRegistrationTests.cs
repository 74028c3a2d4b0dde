using CapConduit.Telephony.Ari;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Tests.Ari;

public sealed class AriServiceRegistrationTests
{
    [Fact]
    public void Missing_password_fails_options_validation_naming_the_setting()
    {
        using var provider = Provider(new() { ["Ari:Url"] = "http://127.0.0.1:8088", ["Ari:User"] = "capconduit" });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<AriOptions>>().Value);

        Assert.Contains("Ari:Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_section_binds_and_resolves_a_client_for_the_app()
    {
        using var provider = Provider(new()
        {
            ["Ari:Url"] = "http://127.0.0.1:8088",
            ["Ari:User"] = "capconduit",
            ["Ari:Password"] = "s",
            ["Ari:RequestTimeout"] = "00:00:02",
        });

        var client = provider.GetRequiredService<AriClient>();

        Assert.Equal("capconduit", client.Options.App);
        Assert.Equal(TimeSpan.FromSeconds(2), client.Options.RequestTimeout);
    }

    [Fact]
    public async Task A_cancelled_call_is_cancellation_not_an_ari_fault()
    {
        await using var ari = await AriTestHarness.StartAsync(stream: false);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ari.Client.ListChannelsAsync(cancelled.Token));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddAriClient(configuration).BuildServiceProvider();
    }
}
