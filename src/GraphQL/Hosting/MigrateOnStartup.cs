using CapConduit.Persistence;
using CapConduit.Persistence.Migrate;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Hosting;

/// <summary>Applies pending migrations before the server takes requests, unless Persistence:MigrateOnStartup is false.</summary>
internal sealed class MigrateOnStartup(DatabaseMigrator migrator, IOptions<PersistenceOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStartup ? migrator.MigrateAsync(cancellationToken) : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
