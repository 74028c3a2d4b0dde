using System.Text.Json;
using CapConduit.Telephony.Tests.Ari;

namespace CapConduit.Telephony.Tests.Traces;

/// <summary>One line of a shared/ari-traces/*.jsonl file.</summary>
public sealed record TraceLine(int Seq, string Kind, JsonElement Json)
{
    public JsonElement Event => Json.GetProperty("event");
    public string Method => Json.GetProperty("method").GetString()!;
    public string Path => Json.GetProperty("path").GetString()!;
    public int Status => Json.GetProperty("status").GetInt32();
    public JsonElement Response => Json.GetProperty("response");

    /// <summary>probes.jsonl has none: each probe was sent after the previous line.</summary>
    public int SentAfterSeq => Json.TryGetProperty("sent_after_seq", out var s) ? s.GetInt32() : Seq - 1;

    public bool IsEvent => Kind == "event";
    public bool IsRest => Kind == "rest";

    /// <summary>Varset and connected-line updates are noise we neither replay nor compare.</summary>
    public bool IsNoise => IsEvent && Event.GetProperty("type").GetString() is "ChannelVarset" or "ChannelConnectedLine";

    public static IReadOnlyList<TraceLine> Load(string file) =>
        File.ReadLines(System.IO.Path.Combine(SharedFolder.Traces, file))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(j => new TraceLine(j.GetProperty("seq").GetInt32(), j.GetProperty("kind").GetString()!, j))
            .ToList();
}
