using System.Globalization;
using Npgsql;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>The <c>api-load</c> mode: data, server, sign-in, then one timed run per query, printed as a Markdown table.</summary>
public static class ApiLoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(ApiLoadOptions.Usage);
            return 0;
        }

        ApiLoadOptions options;
        try
        {
            options = ApiLoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var ct = stop.Token;
        var data = await BenchmarkData.EnsureAsync(options, ct);
        var postgres = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = options.Database, MaxPoolSize = 100 }.ConnectionString;

        await using var server = options.Url is null ? await ServerProcess.StartAsync(options, postgres, ct) : null;
        var url = options.Url ?? server!.Url;
        var token = await SignIn.AccessTokenAsync(url, options, data, ct);
        using var driver = new LoadDriver(url, token, options.Concurrency);
        var bodies = LoadQueries.Build(options, data);

        Console.WriteLine($"API {url}; {options.Concurrency} clients; {options.Duration.TotalSeconds:F0} s per query after {options.Warmup.TotalSeconds:F0} s warm-up; {Environment.ProcessorCount} cores.");
        var results = new List<LoadResult>();
        foreach (var name in options.Queries)
        {
            if (!bodies.TryGetValue(name, out var requests))
            {
                Console.WriteLine($"{name}: unknown query name; known: {string.Join(", ", bodies.Keys)}");
                continue;
            }

            if (await driver.TryOnceAsync(requests[0], ct) is { } failure)
            {
                Console.WriteLine($"{name}: skipped, the server refused it: {Shorten(failure)}");
                continue;
            }

            if (options.Warmup > TimeSpan.Zero)
                await driver.RunAsync(name, requests, options.Warmup, options.MaxRequests, ct);
            var cpuBefore = server?.CpuTime;
            var result = await driver.RunAsync(name, requests, options.Duration, options.MaxRequests, ct);
            if (server is not null && cpuBefore is { } before && result.Requests > 0)
                result = result with { ServerCpuMsPerRequest = (server.CpuTime - before).TotalMilliseconds / result.Requests };
            results.Add(result);
            Console.WriteLine(Row(result));
        }

        Console.WriteLine();
        Console.WriteLine("| query | requests | failures | req/s | p50 ms | p99 ms | max ms | server CPU ms/req |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            Console.WriteLine(Row(r));
        return results.Any(r => r.Failures > 0) ? 1 : 0;
    }

    private static string Row(LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Query} | {r.Requests} | {r.Failures} | {r.RequestsPerSecond:F0} | {r.P50Ms:F2} | {r.P99Ms:F2} | {r.MaxMs:F1} | {r.ServerCpuMsPerRequest:F2} |");

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
