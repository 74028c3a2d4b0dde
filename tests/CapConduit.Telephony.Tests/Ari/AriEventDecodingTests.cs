using System.Text.Json;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Tests.Ari;

public sealed class AriEventDecodingTests
{
    public static TheoryData<string> TraceFiles() =>
        new(Directory.GetFiles(SharedFolder.Traces, "*.jsonl")
            .Where(f => File.ReadLines(f).Any(l => l.Contains("\"kind\":\"event\"", StringComparison.Ordinal)))
            .Select(Path.GetFileName).Cast<string>());

    [Theory]
    [MemberData(nameof(TraceFiles))]
    public void Every_trace_event_decodes_to_the_record_named_by_its_type(string file)
    {
        var events = File.ReadLines(Path.Combine(SharedFolder.Traces, file))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(line => line.GetProperty("kind").GetString() == "event")
            .Select(line => line.GetProperty("event"))
            .ToList();

        Assert.NotEmpty(events);
        foreach (var raw in events)
        {
            var decoded = AriEventDecoder.Decode(raw.GetRawText());
            var type = raw.GetProperty("type").GetString();
            Assert.Equal(type, decoded.GetType().Name);
            Assert.Equal(type, decoded.Type);
            Assert.Equal(raw.GetProperty("application").GetString(), decoded.Application);
            var stamp = raw.GetProperty("timestamp").GetString()!;
            Assert.Equal(stamp, AriTimestampConverter.Format(decoded.Timestamp.ToUniversalTime()));
            AssertChannelMatches(raw, decoded);
        }
    }

    private static void AssertChannelMatches(JsonElement raw, AriEvent decoded)
    {
        var channel = decoded switch
        {
            StasisStart e => e.Channel,
            StasisEnd e => e.Channel,
            ChannelStateChange e => e.Channel,
            ChannelHangupRequest e => e.Channel,
            ChannelDestroyed e => e.Channel,
            ChannelLeftBridge e => e.Channel,
            ChannelEnteredBridge e => e.Channel,
            ChannelVarset e => e.Channel,
            ChannelConnectedLine e => e.Channel,
            Dial e => e.Peer,
            _ => null,
        };
        var key = decoded is Dial ? "peer" : "channel";
        if (!raw.TryGetProperty(key, out var rawChannel))
        {
            Assert.Null(channel);
            return;
        }

        Assert.NotNull(channel);
        Assert.Equal(rawChannel.GetProperty("id").GetString(), channel.Id);
        Assert.Equal(rawChannel.GetProperty("state").GetString(), StateText(channel.State));
        Assert.Equal(rawChannel.GetProperty("dialplan").GetProperty("app_name").GetString(), channel.Dialplan.AppName);
        Assert.Equal(rawChannel.GetProperty("caller").GetProperty("number").GetString(), channel.Caller.Number);
    }

    private static string StateText(ChannelState state) =>
        JsonSerializer.Serialize(state, AriJsonContext.Default.ChannelState).Trim('"');

    [Fact]
    public void Hangup_request_fields_and_varset_with_variable_first_decode()
    {
        var hangup = Assert.IsType<ChannelHangupRequest>(AriEventDecoder.Decode(
            """{"cause":17,"tech_cause":486,"type":"ChannelHangupRequest","timestamp":"2026-11-23T21:41:26.469+0000","channel":{"id":"x","name":"PJSIP/cc_busy-00000001","state":"Down","protocol_id":"","caller":{"name":"","number":"1"},"connected":{"name":"","number":"1"},"accountcode":"","dialplan":{"context":"c","exten":"s","priority":1,"app_name":"AppDial2","app_data":"(Outgoing Line)"},"creationtime":"2026-11-23T21:41:26.466+0000","language":"en"},"asterisk_id":"00:00:00:00:00:00","application":"capconduit"}"""));
        Assert.Equal((17, 486, (bool?)null), (hangup.Cause, hangup.TechCause, hangup.Soft));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 21, 41, 26, 469, TimeSpan.Zero), hangup.Timestamp);

        var varset = Assert.IsType<ChannelVarset>(AriEventDecoder.Decode(
            """{"variable":"STASISSTATUS","value":"","type":"ChannelVarset","timestamp":"2026-11-23T21:41:29.486+0000","asterisk_id":"00:00:00:00:00:00","application":"capconduit"}"""));
        Assert.Equal("STASISSTATUS", varset.Variable);
        Assert.Null(varset.Channel);
    }

    [Fact]
    public void Unknown_event_types_become_UnknownAriEvent_with_the_raw_json()
    {
        var decoded = AriEventDecoder.Decode(
            """{"type":"PlaybackFinished","timestamp":"2026-11-23T21:41:00.084+0000","playback":{"id":"p1"},"application":"capconduit"}""");

        var unknown = Assert.IsType<UnknownAriEvent>(decoded);
        Assert.Equal("PlaybackFinished", unknown.Type);
        Assert.Equal("p1", unknown.Raw.GetProperty("playback").GetProperty("id").GetString());
        Assert.IsType<UnknownAriEvent>(AriEventDecoder.Decode("""{"timestamp":"garbage"}"""));
    }
}
