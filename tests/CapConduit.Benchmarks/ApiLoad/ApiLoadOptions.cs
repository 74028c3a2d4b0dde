using System.Globalization;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>Command-line options of <c>api-load</c>; every one has a default that reproduces BENCHMARKS.md.</summary>
public sealed class ApiLoadOptions
{
    public const string Usage = """
        api-load: generates call records with COPY, starts the API (or uses --url), signs in, and drives concurrent
        HTTP clients for a fixed time per query, printing requests/s and p50/p99 latency.

          --records N        call records in the benchmark database (default 1000000; regenerated when the count differs)
          --database NAME    benchmark database on the PostgreSQL server (default capconduit_bench)
          --postgres CS      server connection string (default: env ConnectionStrings__Postgres)
          --redis CS         Redis for the started server (default: env ConnectionStrings__Redis or 127.0.0.1:56379)
          --url URL          use an API already running at this loopback URL instead of starting one
          --token JWT        access token to use with --url (otherwise one is issued with --signing-key)
          --signing-key KEY  Jwt:SigningKey shared with the server (default: a fixed benchmark key)
          --queries LIST     comma-separated query names (default me,campaigns,callRecords; unknown to the schema = skipped)
          --query NAME=GQL   add or replace a named query (repeatable)
          --concurrency N    concurrent HTTP clients (default 16)
          --duration S       measured seconds per query (default 15)
          --warmup S         unmeasured seconds per query before measuring (default 3)
          --max-requests N   stop a query's run after N requests even if time remains (default 500000)
          --port N           port for the started server (default 5299)
        """;

    public int Records { get; private set; } = 1_000_000;
    public string Database { get; private set; } = "capconduit_bench";
    public string Postgres { get; private set; } = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "";
    public string Redis { get; private set; } = Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:56379";
    public Uri? Url { get; private set; }
    public string? Token { get; private set; }
    public string SigningKey { get; private set; } = "capconduit-benchmark-signing-key-0123456789abcdef";
    public IReadOnlyList<string> Queries { get; private set; } = ["me", "campaigns", "callRecords"];
    public Dictionary<string, string> ExtraQueries { get; } = new(StringComparer.Ordinal);
    public int Concurrency { get; private set; } = 16;
    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(15);
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(3);
    public int MaxRequests { get; private set; } = 500_000;
    public int Port { get; private set; } = 5299;

    /// <exception cref="ArgumentException">An unknown option or a value out of range; the message names it.</exception>
    public static ApiLoadOptions Parse(IReadOnlyList<string> args)
    {
        var o = new ApiLoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"Option {args[i]} needs a value.");
            switch (args[i])
            {
                case "--records": o.Records = Positive("--records", Value()); break;
                case "--database": o.Database = Value(); break;
                case "--postgres": o.Postgres = Value(); break;
                case "--redis": o.Redis = Value(); break;
                case "--url": o.Url = Loopback(Value()); break;
                case "--token": o.Token = Value(); break;
                case "--signing-key": o.SigningKey = Value(); break;
                case "--queries": o.Queries = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                case "--query":
                    var pair = Value().Split('=', 2);
                    o.ExtraQueries[pair[0]] = pair.Length == 2 ? pair[1] : throw new ArgumentException("--query expects NAME=GRAPHQL.");
                    break;
                case "--concurrency": o.Concurrency = Positive("--concurrency", Value()); break;
                case "--duration": o.Duration = TimeSpan.FromSeconds(Positive("--duration", Value())); break;
                case "--warmup": o.Warmup = TimeSpan.FromSeconds(int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--max-requests": o.MaxRequests = Positive("--max-requests", Value()); break;
                case "--port": o.Port = Positive("--port", Value()); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.\n{Usage}");
            }
        }

        if (string.IsNullOrWhiteSpace(o.Postgres))
            throw new ArgumentException("No PostgreSQL: pass --postgres or set ConnectionStrings__Postgres (scripts/services.sh env prints it).");
        return o;
    }

    private static int Positive(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : throw new ArgumentException($"{name} must be a positive integer; it is '{text}'.");

    // The load run only ever talks to this machine.
    private static Uri Loopback(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsLoopback
            ? uri
            : throw new ArgumentException($"--url must be a loopback URL such as http://127.0.0.1:5299; it is '{text}'.");
}
