using CapConduit.Persistence;
using CapConduit.Persistence.Seed;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Tests.LiveEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.Tests.Routing.SnapshotLoading;

/// <summary>Builds the snapshot loader and refresher over a test class's own database and a test's own Redis prefix.</summary>
internal static class SnapshotTestServices
{
    public const string BobDid = "+13105550103";

    public static IDbContextFactory<CapConduitDbContext> Contexts(string connectionString) =>
        new PooledDbContextFactory<CapConduitDbContext>(CapConduitDbOptions.Build(connectionString));

    public static RoutingSnapshotLoader Loader(string connectionString) =>
        new(Contexts(connectionString), TimeProvider.System);

    public static Task SeedAsync(string connectionString) =>
        new SampleDataSeeder(Contexts(connectionString), TimeProvider.System, NullLogger<SampleDataSeeder>.Instance)
            .SeedAsync(CancellationToken.None);

    /// <summary>A refresher whose periodic refresh is far away, so only notices (or retries) explain a reload.</summary>
    public static RoutingSnapshotRefresher Refresher(
        string connectionString, IConnectionMultiplexer redis, string prefix, RoutingSnapshotHolder holder,
        TimeSpan? refreshInterval = null) =>
        new(
            Loader(connectionString),
            holder,
            LiveEventTestServices.ConfigChanges(redis, prefix),
            Options.Create(new RoutingSnapshotOptions
            {
                RefreshInterval = refreshInterval ?? TimeSpan.FromMinutes(10),
                RetryDelay = TimeSpan.FromMilliseconds(100),
            }),
            TimeProvider.System,
            NullLogger<RoutingSnapshotRefresher>.Instance);

    public static RoutingLink LinkOf(RoutingSnapshot snapshot, string didNumber, string clientIdentifier)
    {
        Assert.True(snapshot.TryFindDid(didNumber, out var did), $"{didNumber} is in the snapshot");
        return did.ActiveCampaign!.Links.Single(l => l.ClientIdentifier == clientIdentifier);
    }
}
