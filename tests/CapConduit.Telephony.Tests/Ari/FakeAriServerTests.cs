using System.Text.Json;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Ari;

public sealed class FakeAriServerTests
{
    [Theory]
    [InlineData(ReplyOrder.EventsFirst, 3)]
    [InlineData(ReplyOrder.ReplyFirst, 1)]
    public async Task Reply_order_decides_whether_hangup_events_precede_the_204(ReplyOrder order, long sentAtReply)
    {
        await using var ari = await AriTestHarness.StartAsync(new FakeAriOptions { ReplyOrder = order });
        var caller = ari.Server.InjectInboundCall("+18005550101", "15550100001");
        await Eventually.TrueAsync(() => ari.Server.EventsSent == 1, "StasisStart sent");

        await ari.Client.HangupAsync(caller, HangupCause.UnallocatedNumber, default);

        var delete = Assert.Single(ari.Server.RequestLog.Entries, r => r.Method == "DELETE");
        Assert.Equal(sentAtReply, delete.EventsSentBeforeReply);
        await Eventually.TrueAsync(() => ari.Received.OfType<StasisEnd>().Any(), "StasisEnd arrives either way");
        Assert.Equal(["StasisStart", "ChannelHangupRequest", "StasisEnd"], ari.Received.Select(e => e.Type));
    }

    [Fact]
    public async Task Hundreds_of_simultaneous_calls_each_end_cleanly_and_peak_legs_are_counted()
    {
        const int calls = 200;
        await using var ari = await AriTestHarness.StartAsync(new FakeAriOptions { ReplyOrder = ReplyOrder.Random, Seed = 7 });
        ari.Server.SetEndpoint("PJSIP/cc_load", EndpointBehavior.AnswerAfter(5));
        var callers = Enumerable.Range(0, calls)
            .Select(i => ari.Server.InjectInboundCall("+18005550101", $"1555{i:D7}")).ToList();

        await Task.WhenAll(callers.Select(c => ari.Client.OriginateAsync(
            new OriginateRequest("PJSIP/cc_load") { AppArgs = "out," + c, ChannelId = c + "-a1" }, default)));
        await Eventually.TrueAsync(() => ari.Received.OfType<StasisStart>().Count() == 2 * calls, "every leg answered");
        await Task.WhenAll(callers.Select(async c =>
        {
            await ari.Client.AnswerAsync(c, default);
            await ari.Client.CreateBridgeAsync(c + "-br", null, default);
            await ari.Client.AddChannelsAsync(c + "-br", [c, c + "-a1"], default);
        }));
        Assert.Equal(calls, ari.Server.PeakLegs.Peak("PJSIP/cc_load"));
        Assert.All(callers, c => Assert.True(ari.Server.HangUpCaller(c)));
        await Task.WhenAll(callers.Select(c => ari.Client.HangupAsync(c + "-a1", null, default)));
        await Task.WhenAll(callers.Select(c => ari.Client.DestroyBridgeAsync(c + "-br", default)));

        await Eventually.TrueAsync(() => ari.Received.OfType<BridgeDestroyed>().Count() == calls, "all bridges gone");
        Assert.Equal(0, ari.Server.PeakLegs.Current("PJSIP/cc_load"));
        Assert.Empty(ari.Server.LiveChannelIds);
        var destroyed = ari.Received.OfType<ChannelDestroyed>().Select(e => e.Channel.Id).ToList();
        Assert.Equal(callers.Select(c => c + "-a1").Order(), destroyed.Order());
        Assert.Equal(2 * calls, ari.Received.OfType<StasisEnd>().Count());
    }

    [Fact]
    public async Task Every_emitted_event_is_valid_json_with_type_timestamp_and_application()
    {
        await using var ari = await AriTestHarness.StartAsync(stream: false);
        ari.Server.SetEndpoint("PJSIP/cc_busy", EndpointBehavior.Busy());
        var caller = ari.Server.InjectInboundCall("+18005550101", "15550100001");
        await ari.Client.OriginateAsync(new OriginateRequest("PJSIP/cc_busy") { ChannelId = caller + "-a1" }, default);

        await Eventually.TrueAsync(() => ari.Server.EmittedEvents.Any(e => e.Contains("ChannelDestroyed", StringComparison.Ordinal)),
            "busy leg destroyed");

        foreach (var json in ari.Server.EmittedEvents)
        {
            var root = JsonDocument.Parse(json).RootElement;
            Assert.True(AriTimestampConverter.TryParse(root.GetProperty("timestamp").GetString()!, out _));
            Assert.Equal("capconduit", root.GetProperty("application").GetString());
            Assert.IsNotType<UnknownAriEvent>(AriEventDecoder.Decode(json));
        }
    }
}
