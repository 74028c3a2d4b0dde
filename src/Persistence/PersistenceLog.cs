using Microsoft.Extensions.Logging;

namespace CapConduit.Persistence;

internal static partial class PersistenceLog
{
    [LoggerMessage(1001, LogLevel.Information, "Applying {Count} pending migration(s): {Migrations}")]
    public static partial void ApplyingMigrations(ILogger logger, int count, string migrations);

    [LoggerMessage(1002, LogLevel.Information, "Database schema is up to date")]
    public static partial void SchemaUpToDate(ILogger logger);

    [LoggerMessage(1003, LogLevel.Information, "Sample data: {Created} row(s) created, {Existing} already present")]
    public static partial void SampleDataLoaded(ILogger logger, int created, int existing);
}
