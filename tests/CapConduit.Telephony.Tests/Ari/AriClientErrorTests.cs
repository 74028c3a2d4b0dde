using System.Net;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Ari;

namespace CapConduit.Telephony.Tests.Ari;

public sealed class AriClientErrorTests : IAsyncLifetime
{
    private AriTestHarness _ari = null!;

    public async Task InitializeAsync() => _ari = await AriTestHarness.StartAsync(stream: false);

    public async Task DisposeAsync() => await _ari.DisposeAsync();

    [Fact]
    public async Task Operations_on_a_gone_channel_fail_as_not_found_with_Asterisks_message()
    {
        var error = await Assert.ThrowsAsync<AriException>(() => _ari.Client.AnswerAsync("gone.1", default));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.True(error.IsNotFound);
        Assert.False(error.IsTransient);
        Assert.Equal("Channel not found", error.AsteriskMessage);
        Assert.Contains("POST /ari/channels/gone.1/answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("Channel not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_gone_channel_to_a_live_bridge_is_400_but_still_not_found()
    {
        await _ari.Client.CreateBridgeAsync("err-br", "err", default);

        var error = await Assert.ThrowsAsync<AriException>(
            () => _ari.Client.AddChannelsAsync("err-br", ["gone.1"], default));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.True(error.IsNotFound);
    }

    [Fact]
    public async Task Originate_to_an_unknown_endpoint_is_500_Allocation_failed()
    {
        var error = await Assert.ThrowsAsync<AriException>(() =>
            _ari.Client.OriginateAsync(new OriginateRequest("PJSIP/no_such_endpoint"), default));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("Allocation failed", error.AsteriskMessage);
        Assert.False(error.IsNotFound);
    }

    [Fact]
    public async Task A_wrong_password_is_401()
    {
        var options = new AriOptions
        {
            Url = _ari.Server.Url,
            User = _ari.Options.User,
            Password = "wrong",
            App = _ari.Options.App,
        };
        var client = new AriClient(new HttpClient(), options);

        var error = await Assert.ThrowsAsync<AriException>(() => client.ListChannelsAsync(default));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains(_ari.Server.RequestLog.Entries, r => r.Status == 401);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transient_fault_naming_the_url()
    {
        var options = new AriOptions { Url = new Uri("http://127.0.0.1:1"), User = "u", Password = "p" };
        var client = new AriClient(new HttpClient(), options);

        var error = await Assert.ThrowsAsync<AriException>(() => client.GetAsteriskInfoAsync(default));

        Assert.Null(error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Contains("Ari:Url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_validation_names_the_setting_and_its_value()
    {
        var options = new AriOptions { Url = new Uri("ftp://x"), User = "u", Password = "p" };

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Ari:Url", error.Message, StringComparison.Ordinal);
        Assert.Contains("ftp://x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Info_application_and_variables_round_trip_through_the_fake()
    {
        _ari.Server.SetEndpoint("PJSIP/cc_answer", EndpointBehavior.AnswerAfter());
        var caller = _ari.Server.InjectInboundCall("+18005550101", "15550100001", "Alice");

        var info = await _ari.Client.GetAsteriskInfoAsync(default);
        var app = await _ari.Client.GetApplicationAsync(default);
        await _ari.Client.SetChannelVariableAsync(caller, "CC_TAG", "x1", default);
        var tag = await _ari.Client.GetChannelVariableAsync(caller, "CC_TAG", default);
        var channel = await _ari.Client.GetChannelAsync(caller, default);

        Assert.Equal("22.10.1", info.System?.Version);
        Assert.Contains(caller, app.ChannelIds);
        Assert.Equal("x1", tag);
        Assert.Equal(("Alice", "15550100001", "+18005550101"), (channel.Caller.Name, channel.Caller.Number, channel.Dialplan.Exten));
    }
}
