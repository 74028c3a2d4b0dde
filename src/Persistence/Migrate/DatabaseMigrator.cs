using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CapConduit.Persistence.Migrate;

/// <summary>Applies pending migrations; used by start-up and by the <c>migrate</c> command alike.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<CapConduitDbContext> contexts, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            PersistenceLog.SchemaUpToDate(logger);
            return;
        }
        PersistenceLog.ApplyingMigrations(logger, pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);

        // Migrations create Asterisk's enum types; connections opened earlier cached the type list without them.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await ((NpgsqlConnection)db.Database.GetDbConnection()).ReloadTypesAsync(cancellationToken);
    }
}
