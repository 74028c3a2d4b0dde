using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Ari.Models;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Ari;

public sealed class AriEventStreamTests
{
    [Fact]
    public async Task Inbound_call_arrives_as_StasisStart_in_Ring_with_no_args()
    {
        await using var ari = await AriTestHarness.StartAsync();

        var id = ari.Server.InjectInboundCall("+18005550101", "15550100001");

        await Eventually.TrueAsync(() => ari.Received.OfType<StasisStart>().Any(e => e.Channel.Id == id), "StasisStart");
        var start = ari.Received.OfType<StasisStart>().Single(e => e.Channel.Id == id);
        Assert.Empty(start.Args);
        Assert.Equal(ChannelState.Ring, start.Channel.State);
        Assert.Equal(new DialplanLocation("from-carrier", "+18005550101", 1, "Stasis", "capconduit"), start.Channel.Dialplan);
    }

    [Fact]
    public async Task Dropped_websocket_reconnects_raises_Connected_again_and_keeps_delivering()
    {
        await using var ari = await AriTestHarness.StartAsync();
        await Eventually.TrueAsync(() => ari.ConnectedCount == 1, "first connect raised");

        await ari.Server.DropWebSocketsAsync();

        await Eventually.TrueAsync(() => ari.ConnectedCount == 2 && ari.Server.WebSocketCount == 1, "reconnected");
        Assert.Equal(1, ari.Stream!.ReconnectCount);
        var id = ari.Server.InjectInboundCall("+18005550101", "15550100001");
        await Eventually.TrueAsync(() => ari.Received.OfType<StasisStart>().Any(e => e.Channel.Id == id),
            "events flow after the reconnect");
    }

    [Fact]
    public void Backoff_grows_exponentially_caps_and_jitters_within_twenty_percent()
    {
        var options = new AriOptions
        {
            User = "u",
            Password = "p",
            ReconnectInitialDelay = TimeSpan.FromMilliseconds(100),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1),
        };
        var low = new AriEventStream(options, _ => ValueTask.CompletedTask, random: new FixedRandom(0.0));
        var high = new AriEventStream(options, _ => ValueTask.CompletedTask, random: new FixedRandom(0.999999));

        Assert.Equal(80, low.NextDelay(0).TotalMilliseconds, 3);
        Assert.Equal(320, low.NextDelay(2).TotalMilliseconds, 3);
        Assert.Equal(800, low.NextDelay(10).TotalMilliseconds, 3);
        Assert.Equal(1200, high.NextDelay(10).TotalMilliseconds, 1);
    }

    [Fact]
    public async Task Callee_that_hangs_up_after_answer_sends_BYE_then_the_leg_is_destroyed_normally()
    {
        await using var ari = await AriTestHarness.StartAsync();
        ari.Server.SetEndpoint("PJSIP/cc_bye", EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(50)));

        var leg = await ari.Client.OriginateAsync(
            new OriginateRequest("PJSIP/cc_bye") { AppArgs = "out,x", ChannelId = "bye-a1" }, default);

        Assert.Equal(ChannelState.Down, leg.State);
        Assert.Equal("AppDial2", leg.Dialplan.AppName);
        await Eventually.TrueAsync(() => ari.Received.OfType<ChannelDestroyed>().Any(e => e.Channel.Id == "bye-a1"),
            "the leg is destroyed");
        var start = ari.Received.OfType<StasisStart>().Single(e => e.Channel.Id == "bye-a1");
        Assert.Equal(["out", "x"], start.Args);
        var hangup = ari.Received.OfType<ChannelHangupRequest>().Single(e => e.Channel.Id == "bye-a1");
        Assert.Null(hangup.Cause);
        var destroyed = ari.Received.OfType<ChannelDestroyed>().Single(e => e.Channel.Id == "bye-a1");
        Assert.Equal(HangupCause.NormalClearing, destroyed.Cause);
        Assert.Equal(0, ari.Server.PeakLegs.Current("PJSIP/cc_bye"));
        Assert.Equal(1, ari.Server.PeakLegs.Peak("PJSIP/cc_bye"));
    }

    [Fact]
    public void Events_uri_is_the_ws_form_of_the_url_with_app_and_subscribeAll()
    {
        var stream = new AriEventStream(
            new AriOptions { Url = new Uri("https://pbx.example:8089"), User = "u", Password = "p", App = "cc" },
            _ => ValueTask.CompletedTask);

        Assert.Equal("wss://pbx.example:8089/ari/events?app=cc&subscribeAll=false", stream.EventsUri.AbsoluteUri);
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
