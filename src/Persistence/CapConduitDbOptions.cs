using System.Data.Common;
using CapConduit.Persistence.AsteriskRealtime;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapConduit.Persistence;

/// <summary>The one place that configures EF Core for CapConduit's database (runtime, design time and tests).</summary>
public static class CapConduitDbOptions
{
    /// <summary>Statements Npgsql prepares automatically per connection when the connection string does not say.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithAutoPrepare(connectionString), npgsql => npgsql.MapAsteriskEnums())
            .UseSnakeCaseNamingConvention();

    public static DbContextOptions<CapConduitDbContext> Build(string connectionString) =>
        (DbContextOptions<CapConduitDbContext>)Configure(new DbContextOptionsBuilder<CapConduitDbContext>(), connectionString).Options;

    /// <summary>
    /// EF Core sends the same few SQL texts over and over; letting Npgsql prepare them spares PostgreSQL parsing and
    /// planning each time (about a third of its CPU per API request). An explicit <c>Max Auto Prepare</c> in the
    /// connection string wins, so 0 turns it off (e.g. behind a pooler that cannot keep prepared statements).
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's builder reports every known keyword as present; the plain builder keeps only what was written.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal)
                .Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }
}
