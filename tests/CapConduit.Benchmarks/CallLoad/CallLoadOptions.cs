using System.Globalization;

namespace CapConduit.Benchmarks.CallLoad;

/// <summary>
/// <c>call-load [--rates 50,100,200,300,500,700,1000] [--seconds 10] [--ring-ms 20] [--talk-ms 200]
/// [--database capconduit_callbench]</c>. Each rate is offered for <c>--seconds</c>; clients answer after
/// <c>--ring-ms</c> and hang up <c>--talk-ms</c> after answering.
/// </summary>
internal sealed record CallLoadOptions(IReadOnlyList<int> Rates, int Seconds, int RingMs, int TalkMs, string Database)
{
    public static CallLoadOptions Parse(IReadOnlyList<string> args)
    {
        string? Raw(string name)
        {
            var i = args.ToList().IndexOf(name);
            return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
        }

        int Get(string name, int fallback, int min, int max)
        {
            var value = Raw(name) is { } raw ? int.Parse(raw, CultureInfo.InvariantCulture) : fallback;
            if (value < min || value > max)
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
            return value;
        }

        var rates = (Raw("--rates") ?? "50,100,200,300,500,700,1000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList();
        if (rates.Count == 0 || rates.Any(r => r is < 1 or > 5000))
            throw new ArgumentOutOfRangeException("--rates", string.Join(',', rates), "--rates must be 1 to 5000 calls/s each.");
        return new CallLoadOptions(rates, Get("--seconds", 10, 1, 120), Get("--ring-ms", 20, 0, 10_000),
            Get("--talk-ms", 200, 0, 60_000), Raw("--database") ?? "capconduit_callbench");
    }
}
