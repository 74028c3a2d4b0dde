using System.Diagnostics;
using CapConduit.FakeAsterisk;

namespace CapConduit.Benchmarks.CallLoad;

/// <summary>One rate step's outcome; latencies in ms, sorted.</summary>
internal sealed record CallLoadStepResult(int OfferedRate, double AchievedRate, int Injected, int Routed, int Errors, int NotSent,
    double[] Latencies, double[] AppLatencies, double[] ToRing, double[] RingToOriginate, double CpuMsPerCall, double LoadAverage)
{
    public double P(double q) => CallLoadStep.Percentile(Latencies, q);
    public double AppP(double q) => CallLoadStep.Percentile(AppLatencies, q);
}

/// <summary>Offers inbound calls at a fixed rate for a bounded time, paced against a stopwatch.</summary>
internal static class CallLoadStep
{
    private static readonly TimeSpan RouteDeadline = TimeSpan.FromSeconds(2);

    public static async Task<CallLoadStepResult> RunAsync(FakeAriServer ari, RoutingProbe probe, int rate, int seconds,
        CancellationToken ct)
    {
        probe.DrainAppLatencies();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = rate * seconds;
        var calls = new List<string>(total);
        var clock = Stopwatch.StartNew();
        while (calls.Count < total && clock.Elapsed < TimeSpan.FromSeconds(seconds * 2))
        {
            var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
            while (calls.Count < due)
                calls.Add(ari.InjectInboundCall(CallLoadDatabase.DidNumber, "+1202555" + (1000 + calls.Count % 9000)));
            await Task.Delay(1, ct);
        }
        var injectSeconds = clock.Elapsed.TotalSeconds;

        // Every call gets the same 2 s to be routed; the wait ends early when all are.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < RouteDeadline && calls.Any(c => probe.LatencyMs(c) is null))
            await Task.Delay(20, ct);

        var latencies = calls.Select(probe.LatencyMs).OfType<double>().ToArray();
        var routed = latencies.Count(l => l <= RouteDeadline.TotalMilliseconds);
        Array.Sort(latencies);
        var app = probe.DrainAppLatencies();
        Array.Sort(app);
        var splits = calls.Select(probe.SplitMs).OfType<(double ToRing, double RingToOriginate)>().ToList();
        var toRing = splits.Select(s => s.ToRing).Order().ToArray();
        var ringToOriginate = splits.Select(s => s.RingToOriginate).Order().ToArray();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new CallLoadStepResult(rate, calls.Count / injectSeconds, calls.Count, routed, calls.Count - routed,
            calls.Count(c => !probe.StasisStartWasSent(c)), latencies, app,
            toRing, ringToOriginate, cpu.TotalMilliseconds / Math.Max(1, calls.Count), ReadLoadAverage());
    }

    public static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static double ReadLoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
