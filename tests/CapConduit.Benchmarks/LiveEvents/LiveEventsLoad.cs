using System.Diagnostics;
using System.Globalization;
using CapConduit.Api.Auth;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CapConduit.Benchmarks.LiveEvents;

/// <summary>
/// Live event delivery under load: the server in-process on 127.0.0.1, N graphql-transport-ws subscribers, events
/// published through Redis at a fixed rate with the publish time in <c>occurredAt</c>; reports publish-to-delivery
/// latency percentiles and memory. Every loop is bounded by the configured duration.
/// </summary>
internal static class LiveEventsLoad
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = LiveEventsLoadOptions.Parse(args);
        Console.WriteLine($"live-events: {options}");
        var postgres = new PostgresFixture();
        await postgres.InitializeAsync();
        var redisConnection = await TestServices.RedisConnectionStringAsync();
        var users = await AddUsersAsync(postgres, options);
        var perUser = (int)Math.Ceiling(options.Subscribers / (double)users.Count);
        await using var server = new BenchServer(postgres.ConnectionString, redisConnection, perUser);
        var tokens = server.Services.GetRequiredService<TokenService>();

        using var lifetime = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds + options.WarmupSeconds + 120));
        var subscribers = new List<(BenchSubscriber Client, User User)>();
        var connectTimer = Stopwatch.StartNew();
        for (var i = 0; i < options.Subscribers; i += 50)
        {
            var batch = Enumerable.Range(i, Math.Min(50, options.Subscribers - i)).Select(async n =>
            {
                var user = users[n % users.Count];
                var client = new BenchSubscriber();
                await client.StartAsync(server.WebSocketUri, tokens.CreateAccessToken(user).Token, lifetime.Token);
                return (client, user);
            });
            subscribers.AddRange(await Task.WhenAll(batch));
        }

        await Eventually.TrueAsync(() => server.AttachedSubscribers == options.Subscribers, "every subscription attached", TimeSpan.FromSeconds(60));
        Console.WriteLine($"{options.Subscribers} subscribers attached in {connectTimer.Elapsed.TotalSeconds:F1} s");

        var publisher = server.Services.GetRequiredService<LiveEventPublisher>();
        var measureFrom = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(options.WarmupSeconds);
        foreach (var (client, _) in subscribers)
            client.MeasureFrom = measureFrom;
        var gcBefore = GC.CollectionCount(2);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var published = await PublishAsync(publisher, users, options, lifetime.Token);

        // Let the last events arrive: wait until every subscriber got everything meant for it, at most 10 s.
        var expected = subscribers.ToDictionary(s => s.Client, s => ExpectedFor(s.User, users, options, published));
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < TimeSpan.FromSeconds(10) && subscribers.Any(s => s.Client.Received < expected[s.Client] && s.Client.Failure is null))
            await Task.Delay(50, lifetime.Token);

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var heap = GC.GetTotalMemory(false);
        var cpu = process.TotalProcessorTime - cpuBefore;
        var failures = subscribers.Count(s => s.Client.Failure is not null);
        var firstFailure = subscribers.Select(s => s.Client.Failure).FirstOrDefault(f => f is not null);
        foreach (var (client, _) in subscribers)
            await client.DisposeAsync();
        var latencies = subscribers.SelectMany(s => s.Client.LatenciesMs).ToArray();
        Array.Sort(latencies);
        var received = subscribers.Sum(s => (long)s.Client.Received);
        var wanted = expected.Values.Sum(v => (long)v);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            published {published} events in {options.Seconds + options.WarmupSeconds} s ({options.Rate}/s), deliveries {received}/{wanted}, failed subscribers {failures}
            measured deliveries {latencies.Length} (after {options.WarmupSeconds} s warm-up)
            latency ms: p50 {P(latencies, 0.50):F2}  p90 {P(latencies, 0.90):F2}  p99 {P(latencies, 0.99):F2}  max {(latencies.Length > 0 ? latencies[^1] : double.NaN):F2}
            memory: working set {process.WorkingSet64 / 1048576} MiB, peak {process.PeakWorkingSet64 / 1048576} MiB, GC heap {heap / 1048576} MiB, gen2 GCs {GC.CollectionCount(2) - gcBefore}
            CPU (server and clients together) {cpu.TotalSeconds:F1} s, {cpu.TotalMicroseconds / Math.Max(1, received):F1} µs per delivery
            """));
        if (firstFailure is not null)
            Console.WriteLine($"first failure: {firstFailure}");

        var redis = server.Services.GetRequiredService<IConnectionMultiplexer>();
        await redis.GetDatabase().KeyDeleteAsync($"{server.Prefix}live-calls");
        await postgres.DisposeAsync();
        return 0;
    }

    private static double P(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    /// <summary>Seller mode: event n belongs to seller n mod sellers; staff mode: every subscriber gets every event.</summary>
    private static int ExpectedFor(User user, IReadOnlyList<User> users, LiveEventsLoadOptions options, int published)
    {
        if (options.Sellers == 0)
            return published;
        var index = users.ToList().FindIndex(u => u.Id == user.Id);
        return Enumerable.Range(0, published).Count(n => n % users.Count == index);
    }

    private static async Task<int> PublishAsync(
        LiveEventPublisher publisher, IReadOnlyList<User> users, LiveEventsLoadOptions options, CancellationToken cancellationToken)
    {
        var total = options.Rate * (options.Seconds + options.WarmupSeconds);
        var clock = Stopwatch.StartNew();
        var campaign = Guid.NewGuid();
        for (var n = 0; n < total; n++)
        {
            // Paced against the clock (not a fixed sleep), so timer jitter does not lower the rate.
            var due = TimeSpan.FromSeconds(n / (double)options.Rate);
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            var seller = options.Sellers == 0 ? users[0].Id : users[n % users.Count].Id;
            // Calls start and end in pairs, so the live call board stays small as in production.
            var type = n % 2 == 0 ? LiveEventType.CallStarted : LiveEventType.CallEnded;
            var callId = $"bench-{n / 2}";
            _ = publisher.PublishAsync(
                new LiveEvent(type, callId, DateTimeOffset.UtcNow, seller, campaign, "Bench", "+18005550101", null, null, null),
                cancellationToken);
        }

        return total;
    }

    private static async Task<IReadOnlyList<User>> AddUsersAsync(PostgresFixture postgres, LiveEventsLoadOptions options)
    {
        var now = DateTimeOffset.UtcNow;
        var count = options.Sellers == 0 ? 10 : options.Sellers;
        var role = options.Sellers == 0 ? UserRole.Staff : UserRole.Seller;
        var users = Enumerable.Range(0, count).Select(i => new User
        {
            Id = Guid.CreateVersion7(now),
            Username = $"bench_{role}_{i}".ToLowerInvariant(),
            Email = $"bench{i}@bench.example",
            PasswordHash = "not-used",
            Role = role,
            Status = UserStatus.Active,
            FullName = "Bench",
            TimeZone = "UTC",
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await using var db = postgres.CreateDbContext();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return users;
    }
}
