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
            .UseNpgsql(WithDefaults(connectionString, Environment.ProcessorCount), npgsql => npgsql.MapAsteriskEnums())
            .UseSnakeCaseNamingConvention();

    public static DbContextOptions<CapConduitDbContext> Build(string connectionString) =>
        (DbContextOptions<CapConduitDbContext>)Configure(new DbContextOptionsBuilder<CapConduitDbContext>(), connectionString).Options;

    /// <summary>The pool size used when the connection string does not set one: 4 per core, at least 8.</summary>
    public static int DefaultMaxPoolSize(int processorCount) => Math.Max(8, 4 * processorCount);

    /// <summary>
    /// Fills in three Npgsql settings the connection string leaves out; anything it sets wins.
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare</c>: EF Core sends the same few SQL texts over and over, and preparing them spares
    /// PostgreSQL parsing and planning each time (about a third of its CPU per API request). Set 0 behind a pooler
    /// that cannot keep prepared statements.</item>
    /// <item><c>Maximum Pool Size</c>: PostgreSQL does best with a few busy connections per core rather than many
    /// competing ones; with Npgsql's default of 100, a burst of API requests becomes a crowd of backends that the
    /// OS scheduler time-slices, which tripled the p99 latency of the API load run on 2 cores. Requests beyond the pool
    /// wait for a connection in order instead.</item>
    /// <item><c>No Reset On Close</c>: CapConduit never changes session state on pooled connections (no SET, temporary
    /// tables or session locks; LISTEN uses its own unpooled connection), so the reset statements Npgsql would send
    /// with every reused connection are pure PostgreSQL CPU.</item>
    /// </list>
    /// </summary>
    public static string WithDefaults(string connectionString, int processorCount)
    {
        // Npgsql's builder reports every known keyword as present; the plain builder keeps only what was written.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        if (!given.Contains("MaximumPoolSize") && !given.Contains("MaxPoolSize"))
            builder.MaxPoolSize = DefaultMaxPoolSize(processorCount);
        if (!given.Contains("NoResetOnClose"))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
