using System.Text.Json;
using System.Text.Json.Nodes;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Tests.Ari;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Traces;

/// <summary>
/// The fake must answer and emit what the real Asterisk 22 did. Per channel (and per bridge) the
/// event sequences must equal the trace's, ignoring ChannelVarset and ChannelConnectedLine noise and
/// the order inside a run of ringing events; every REST status and error body must equal the trace's,
/// and 200 bodies must match apart from names, protocol ids and creation times.
/// </summary>
public sealed class TraceReplayTests
{
    private static readonly string[] Scenarios =
        ["answer", "callee_bye", "failover", "allfail", "unknown_did", "abandon", "caps"];

    /// <summary>Each scenario under both reply orders: the traces show both (README behaviour 8).</summary>
    public static TheoryData<string, ReplyOrder> CallScenarios()
    {
        var data = new TheoryData<string, ReplyOrder>();
        foreach (var scenario in Scenarios)
        {
            data.Add(scenario, ReplyOrder.EventsFirst);
            data.Add(scenario, ReplyOrder.ReplyFirst);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CallScenarios))]
    public async Task Fake_replays_the_recorded_scenario(string scenario, ReplyOrder order)
    {
        var trace = TraceLine.Load(scenario + ".jsonl");
        await using var ari = await AriTestHarness.StartAsync(new FakeAriOptions { ReplyOrder = order });
        var replay = new TraceReplayer(ari, trace);

        await replay.RunAsync();

        var expected = ExpectedSequences(trace, replay.Map);
        await Eventually.TrueAsync(() => ActualSequences(ari, expected.Keys).All(a => a.Value.Count >= expected[a.Key].Count),
            "the fake has sent every event the trace has", TimeSpan.FromSeconds(10));
        var actual = ActualSequences(ari, expected.Keys);
        foreach (var (key, sequence) in expected)
            Assert.Equal(EventShape.NormalizeRinging(sequence), EventShape.NormalizeRinging(actual[key]));
        AssertRestMatches(trace, replay, ari);
    }

    [Fact]
    public async Task Fake_answers_the_recorded_probes_of_gone_channels_and_bridges()
    {
        var trace = TraceLine.Load("probes.jsonl");
        await using var ari = await AriTestHarness.StartAsync();
        var gone = ari.Server.InjectInboundCall("+18005550101", "15550100001");
        Assert.True(ari.Server.HangUpCaller(gone));
        var replay = new TraceReplayer(ari, trace);
        var traceId = trace.First(l => l.IsRest).Path.Split('/')[3];
        replay.MapId(traceId, gone);

        await replay.RunAsync();

        AssertRestMatches(trace, replay, ari);
    }

    private static Dictionary<string, List<string>> ExpectedSequences(IReadOnlyList<TraceLine> trace,
        Func<string, string> map)
    {
        var result = new Dictionary<string, List<string>>();
        foreach (var line in trace.Where(l => l.IsEvent))
        {
            foreach (var (key, _, descriptor) in EventShape.Describe(line.Event, map))
                (result.TryGetValue(key, out var list) ? list : result[key] = []).Add(descriptor);
        }

        return result;
    }

    private static Dictionary<string, List<string>> ActualSequences(AriTestHarness ari, IEnumerable<string> keys)
    {
        var result = keys.ToDictionary(k => k, _ => new List<string>());
        foreach (var json in ari.Server.EmittedEvents)
        {
            foreach (var (key, _, descriptor) in EventShape.Describe(JsonDocument.Parse(json).RootElement, s => s))
            {
                if (result.TryGetValue(key, out var list))
                    list.Add(descriptor);
            }
        }

        return result;
    }

    private static void AssertRestMatches(IReadOnlyList<TraceLine> trace, TraceReplayer replay, AriTestHarness ari)
    {
        var log = ari.Server.RequestLog.Entries.ToList();
        var rest = trace.Where(l => l.IsRest).ToList();
        Assert.Equal(rest.Count, log.Count);
        foreach (var line in rest)
        {
            var path = replay.Map(line.Path);
            var entry = log.FirstOrDefault(e => e.Method == line.Method && e.Path == path);
            Assert.True(entry is not null, $"the client sent {line.Method} {path} (trace line {line.Seq})");
            log.Remove(entry);
            Assert.Equal((line.Seq, line.Status), (line.Seq, entry.Status));
            Assert.Equal(line.Status < 300 ? 200 : line.Status, replay.ClientStatuses[line.Seq]);
            Assert.True(JsonNode.DeepEquals(Comparable(line.Response.GetRawText(), replay.Map),
                    Comparable(entry.ResponseBody ?? "null", s => s)),
                $"body of trace line {line.Seq}: trace {line.Response.GetRawText()} fake {entry.ResponseBody}");
        }
    }

    // Channel names carry (bridge names are ours and compared) a global counter, protocol ids and times are per run: not comparable.
    private static JsonNode? Comparable(string json, Func<string, string> map)
    {
        var node = JsonNode.Parse(map(json));
        var objects = node is JsonArray array ? array.OfType<JsonObject>() : new[] { node as JsonObject }.OfType<JsonObject>();
        foreach (var obj in objects)
        {
            if (obj["bridge_type"] is null)
                obj.Remove("name");
            obj.Remove("protocol_id");
            obj.Remove("creationtime");
        }

        return node;
    }
}
