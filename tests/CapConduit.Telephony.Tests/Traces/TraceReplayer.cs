using System.Collections.Concurrent;
using System.Text.Json;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Tests.Ari;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Traces;

/// <summary>
/// Drives the fake through a recorded scenario: injects the carrier calls, makes the far end hang up,
/// and sends each REST call the refapp made (through <see cref="AriClient"/>) once the line it was
/// sent after has happened here too. Everything comes from the trace file.
/// </summary>
public sealed partial class TraceReplayer(AriTestHarness ari, IReadOnlyList<TraceLine> trace)
{
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, bool> _restDone = new();
    private readonly Dictionary<int, (string Key, string Type, int Index)> _eventOccurrence = Occurrences(trace);

    public ConcurrentDictionary<int, int> ClientStatuses { get; } = new();

    /// <summary>A trace id stands for this id in the fake (for ids the replay does not create itself).</summary>
    public void MapId(string traceId, string fakeId) => _ids[traceId] = fakeId;

    public string Map(string text)
    {
        foreach (var (traceId, fakeId) in _ids.OrderByDescending(p => p.Key.Length))
            text = text.Replace(traceId, fakeId, StringComparison.Ordinal);
        return text;
    }

    public async Task RunAsync()
    {
        foreach (var endpoint in trace.Where(l => l.IsRest).Select(l => Query(l.Path, "endpoint")).OfType<string>())
        {
            if (BehaviorFor(endpoint) is { } behavior)
                ari.Server.SetEndpoint(endpoint, behavior);
        }

        var actions = new List<Task>();
        foreach (var line in trace)
        {
            if (line.IsRest)
                actions.Add(RunRestAsync(line));
            else if (line.IsEvent && IsInboundArrival(line.Event))
                actions.Add(RunWhenAsync(Previous(line.Seq), () => Inject(line.Event)));
            else if (line.IsEvent && IsFarEndHangup(line.Event))
                actions.Add(RunWhenAsync(Previous(line.Seq), () => HangUp(line.Event)));
        }

        await Task.WhenAll(actions);
    }

    /// <summary>
    /// The SIPp call centers of the capture (README "How they were made"). cc_bye's BYE is replayed as a
    /// far-end hangup at its place in the trace. Anything else stays unknown to the fake (500 on originate).
    /// </summary>
    private static EndpointBehavior? BehaviorFor(string endpoint) => endpoint switch
    {
        "PJSIP/cc_busy" => EndpointBehavior.Busy(),
        "PJSIP/cc_unavail" => EndpointBehavior.Unavailable(),
        "PJSIP/cc_noanswer" => EndpointBehavior.RingForever(),
        "PJSIP/cc_answer" or "PJSIP/cc_bye" or "PJSIP/cc_cap" => EndpointBehavior.AnswerAfter(),
        _ => null,
    };

    private static bool IsInboundArrival(JsonElement e) =>
        e.GetProperty("type").GetString() == "StasisStart" && e.GetProperty("args").GetArrayLength() == 0;

    /// <summary>A BYE has no cause; a caller CANCEL has 127. An app DELETE (32) or refusal is not far-end.</summary>
    private static bool IsFarEndHangup(JsonElement e) =>
        e.GetProperty("type").GetString() == "ChannelHangupRequest" &&
        (!e.TryGetProperty("cause", out var cause) || cause.GetInt32() == 127);

    private void Inject(JsonElement e)
    {
        var channel = e.GetProperty("channel");
        var caller = channel.GetProperty("caller");
        var id = ari.Server.InjectInboundCall(channel.GetProperty("dialplan").GetProperty("exten").GetString()!,
            caller.GetProperty("number").GetString()!, caller.GetProperty("name").GetString()!);
        _ids[channel.GetProperty("id").GetString()!] = id;
    }

    private void HangUp(JsonElement e) =>
        Assert.True(ari.Server.HangUpCaller(Map(e.GetProperty("channel").GetProperty("id").GetString()!)),
            "the far end hangs up a live channel");

    private async Task RunWhenAsync(TraceLine? after, Action action)
    {
        await WaitForAsync(after, []);
        action();
    }

    private async Task WaitForAsync(TraceLine? after, IReadOnlyList<int> restBefore) =>
        await Eventually.TrueAsync(() => Happened(after) && restBefore.All(_restDone.ContainsKey),
            $"trace line {after?.Seq} happens in the fake", TimeSpan.FromSeconds(20));

    /// <summary>The latest line before <paramref name="seq"/> that is not noise.</summary>
    private TraceLine? Previous(int seq) =>
        trace.LastOrDefault(l => l.Seq < seq && !l.IsNoise && l.Kind != "ws_open");

    private bool Happened(TraceLine? line)
    {
        if (line is null)
            return true;
        if (line.IsRest)
            return _restDone.ContainsKey(line.Seq);
        var (key, type, index) = _eventOccurrence[line.Seq];
        var mapped = Map(key);
        return ari.Server.EmittedEvents
            .SelectMany(json => EventShape.Describe(JsonDocument.Parse(json).RootElement, s => s))
            .Count(d => d.Key == mapped && d.Type == type) > index;
    }

    private static Dictionary<int, (string, string, int)> Occurrences(IReadOnlyList<TraceLine> trace)
    {
        var counts = new Dictionary<(string, string), int>();
        var result = new Dictionary<int, (string, string, int)>();
        foreach (var line in trace.Where(l => l.IsEvent && !l.IsNoise))
        {
            var (key, type, _) = EventShape.Describe(line.Event, s => s).First();
            var index = counts.GetValueOrDefault((key, type));
            counts[(key, type)] = index + 1;
            result[line.Seq] = (key, type, index);
        }

        return result;
    }

    public static string? Query(string path, string name)
    {
        var query = path.Contains('?', StringComparison.Ordinal) ? path[(path.IndexOf('?') + 1)..] : "";
        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p[0] == name)
            .Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))
            .FirstOrDefault();
    }
}
