using System.Globalization;
using System.Text.Json;

namespace CapConduit.Telephony.Tests.Traces;

/// <summary>
/// Reduces an ARI event to (key, descriptor): the channel, Dial peer or bridge it belongs to, and its
/// type with the fields whose values matter (causes, dial status, state, args, bridge membership).
/// </summary>
public static class EventShape
{
    public static IEnumerable<(string Key, string Type, string Descriptor)> Describe(JsonElement e, Func<string, string> map)
    {
        var type = e.GetProperty("type").GetString()!;
        if (type is "ChannelVarset" or "ChannelConnectedLine")
            yield break;
        string Id(string property) => map(e.GetProperty(property).GetProperty("id").GetString()!);
        switch (type)
        {
            case "Dial":
                yield return (Id("peer"), type, $"Dial({e.GetProperty("dialstatus").GetString()})");
                break;
            case "ChannelStateChange":
                yield return (Id("channel"), type, $"StateChange({e.GetProperty("channel").GetProperty("state").GetString()})");
                break;
            case "ChannelHangupRequest":
                yield return (Id("channel"), type, $"HangupRequest({Opt(e, "cause")},{Opt(e, "tech_cause")},{Opt(e, "soft")})");
                break;
            case "ChannelDestroyed":
                yield return (Id("channel"), type,
                    $"Destroyed({Opt(e, "cause")},{Opt(e, "cause_txt")},{Opt(e, "tech_cause")})");
                break;
            case "StasisStart":
                var args = e.GetProperty("args").EnumerateArray().Select(a => map(a.GetString()!));
                yield return (Id("channel"), type, $"StasisStart([{string.Join(",", args)}])");
                break;
            case "ChannelEnteredBridge" or "ChannelLeftBridge":
                var bridge = e.GetProperty("bridge");
                var shape = $"{type}({bridge.GetProperty("channels").GetArrayLength()},{bridge.GetProperty("technology").GetString()})";
                yield return (Id("channel"), type, shape);
                yield return ("br:" + Id("bridge"), type, shape);
                break;
            case "BridgeDestroyed":
                yield return ("br:" + Id("bridge"), type, type);
                break;
            default:
                yield return (Id("channel"), type, type);
                break;
        }
    }

    private static string Opt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? Convert.ToString(v.ToString(), CultureInfo.InvariantCulture) : "-";

    /// <summary>
    /// Dial(""), Dial(RINGING) and StateChange(Ringing) came in varying orders in the traces
    /// (README behaviour 3), so a contiguous run of them is compared as a sorted set.
    /// </summary>
    public static IReadOnlyList<string> NormalizeRinging(IReadOnlyList<string> sequence)
    {
        static bool IsRinging(string d) => d is "Dial()" or "Dial(RINGING)" or "StateChange(Ringing)";
        var result = new List<string>();
        for (var i = 0; i < sequence.Count;)
        {
            if (!IsRinging(sequence[i]))
            {
                result.Add(sequence[i++]);
                continue;
            }

            var run = new List<string>();
            while (i < sequence.Count && IsRinging(sequence[i]))
                run.Add(sequence[i++]);
            result.AddRange(run.Order(StringComparer.Ordinal));
        }

        return result;
    }
}
