using System.Globalization;
using CapConduit.FakeAsterisk;
using CapConduit.Testing;

namespace CapConduit.Benchmarks.CallLoad;

/// <summary>
/// Routing latency under rising call rates through the real app, Redis and PostgreSQL: the fake Asterisk injects
/// inbound calls; latency = fake received the first leg's originate − fake sent the call's StasisStart (one
/// Stopwatch clock, end to end through the events WebSocket and the REST client). Every loop is bounded.
/// </summary>
internal static class CallLoadCommand
{
    private const double GoalP99Ms = 50;
    private const int WarmupRate = 100;
    private const int WarmupSeconds = 3;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = CallLoadOptions.Parse(args);
        Console.WriteLine($"call-load: rates {string.Join(',', options.Rates)} calls/s, {options.Seconds} s each, ring {options.RingMs} ms, talk {options.TalkMs} ms, database {options.Database}");
        Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}, cores: {Environment.ProcessorCount}");
        var budget = TimeSpan.FromSeconds(120 + options.Rates.Count * (options.Seconds * 2 + 40));
        using var lifetime = new CancellationTokenSource(budget);
        var ct = lifetime.Token;

        var postgres = await CallLoadDatabase.CreateAsync(await TestServices.PostgresConnectionStringAsync(), options.Database, ct);
        var redis = await TestServices.RedisConnectionStringAsync();
        using var probe = new RoutingProbe();
        await using var ari = new FakeAriServer(new FakeAriOptions
        {
            UniqueIdEpoch = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            InboundStasisStartSent = probe.StasisStartSent,
            RequestReceived = probe.RequestReceived,
        });
        await ari.StartAsync(ct);
        var behavior = EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(options.TalkMs), options.RingMs);
        foreach (var client in CallLoadDatabase.Clients)
            ari.SetEndpoint("PJSIP/" + client, behavior);

        using var host = await CallLoadHost.StartAsync(ari, postgres, redis, ct);
        // Warm-up (JIT and tiered recompilation, connection pools), not reported.
        var warmup = await CallLoadStep.RunAsync(ari, probe, WarmupRate, WarmupSeconds, ct);
        await DrainAsync(ari, ct);

        var results = new List<CallLoadStepResult>();
        Console.WriteLine("| offered calls/s | achieved calls/s | calls | routed | errors (>2 s) | of which StasisStart not yet sent | p50 ms | p99 ms | max ms | app p50 ms | app p99 ms | to ring p50/p99 ms | ring to originate p50/p99 ms | CPU ms/call | load avg |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var rate in options.Rates)
        {
            var r = await CallLoadStep.RunAsync(ari, probe, rate, options.Seconds, ct);
            results.Add(r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.OfferedRate} | {r.AchievedRate:F0} | {r.Injected} | {r.Routed} | {r.Errors} | {r.NotSent} | {r.P(0.5):F2} | {r.P(0.99):F2} | {(r.Latencies.Length > 0 ? r.Latencies[^1] : double.NaN):F1} | {r.AppP(0.5):F2} | {r.AppP(0.99):F2} | {CallLoadStep.Percentile(r.ToRing, 0.5):F2} / {CallLoadStep.Percentile(r.ToRing, 0.99):F2} | {CallLoadStep.Percentile(r.RingToOriginate, 0.5):F2} / {CallLoadStep.Percentile(r.RingToOriginate, 0.99):F2} | {r.CpuMsPerCall:F2} | {r.LoadAverage:F1} |"));
            await DrainAsync(ari, ct);
            ari.RequestLog.Clear();
            if (r.Errors > r.Injected / 2)
            {
                Console.WriteLine($"stopping: more than half the calls at {rate}/s were not routed within 2 s");
                break;
            }
        }

        var sustained = results.Where(r => r.Errors == 0 && r.P(0.99) < GoalP99Ms).Select(r => r.OfferedRate).DefaultIfEmpty(0).Max();
        Console.WriteLine($"highest offered rate with p99 < {GoalP99Ms} ms and no errors: {sustained} calls/s");

        var injected = results.Sum(r => r.Injected) + warmup.Injected;
        long records = 0;
        try
        {
            await Eventually.TrueAsync(async () => (records = await CallLoadDatabase.CallRecordCountAsync(postgres, ct)) >= injected,
                "every call record reached PostgreSQL", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
        }
        Console.WriteLine($"call records in PostgreSQL: {records} of {injected} calls injected (warm-up included)");
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            await host.StopAsync(stop.Token);
        return records == injected ? 0 : 1;
    }

    /// <summary>Waits (at most 60 s) until every call of the step has ended, so steps do not overlap.</summary>
    private static async Task DrainAsync(FakeAriServer ari, CancellationToken ct)
    {
        try
        {
            await Eventually.TrueAsync(() => ari.LiveChannelIds.Count == 0, "every call of the step ended", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"warning: {ari.LiveChannelIds.Count} channels still live after 60 s");
        }
        ct.ThrowIfCancellationRequested();
    }
}
