using System.Diagnostics;
using System.Net.Http.Headers;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>The outcome of one query's run.</summary>
/// <param name="ServerCpuMsPerRequest">CPU time the server process used per request (NaN when the server is not ours):
/// unlike latency it barely depends on what else the machine is running.</param>
public sealed record LoadResult(
    string Query, long Requests, long Failures, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs,
    double ServerCpuMsPerRequest = double.NaN)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// N concurrent clients each sending one request after the other (closed loop) for a fixed time, bounded also by a
/// request count. A response counts as a failure unless it is HTTP 200 without a GraphQL "errors" member.
/// </summary>
public sealed class LoadDriver(Uri url, string token, int concurrency) : IDisposable
{
    private static readonly byte[] ErrorsMember = "\"errors\""u8.ToArray();

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = url,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public void Dispose() => _http.Dispose();

    /// <summary>Sends one request and returns the body when it succeeded, or null.</summary>
    public async Task<string?> TryOnceAsync(byte[] body, CancellationToken ct)
    {
        using var response = await _http.SendAsync(Request(body), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode && !text.Contains("\"errors\"", StringComparison.Ordinal) ? null : text;
    }

    public async Task<LoadResult> RunAsync(
        string name, IReadOnlyList<byte[]> bodies, TimeSpan duration, int maxRequests, CancellationToken ct)
    {
        var issued = 0L;
        var failures = 0L;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var latencies = new List<long>(capacity: 4096);
            var i = w;
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var body = bodies[i++ % bodies.Count];
                var started = Stopwatch.GetTimestamp();
                if (!await SendAsync(body, ct))
                    Interlocked.Increment(ref failures);
                latencies.Add(Stopwatch.GetTimestamp() - started);
            }

            return latencies;
        }, ct)).ToList();

        var all = (await Task.WhenAll(workers)).SelectMany(l => l).Order().ToArray();
        var elapsed = clock.Elapsed;
        return new LoadResult(name, all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99),
            all.Length == 0 ? 0 : Ms(all[^1]));
    }

    private async Task<bool> SendAsync(byte[] body, CancellationToken ct)
    {
        try
        {
            using var response = await _http.SendAsync(Request(body), ct);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            return response.IsSuccessStatusCode && bytes.AsSpan().IndexOf(ErrorsMember) < 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private HttpRequestMessage Request(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = content,
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        };
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Ms(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)]);

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
