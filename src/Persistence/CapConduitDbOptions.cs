using CapConduit.Persistence.AsteriskRealtime;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Persistence;

/// <summary>The one place that configures EF Core for CapConduit's database (runtime, design time and tests).</summary>
public static class CapConduitDbOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MapAsteriskEnums())
            .UseSnakeCaseNamingConvention();

    public static DbContextOptions<CapConduitDbContext> Build(string connectionString) =>
        (DbContextOptions<CapConduitDbContext>)Configure(new DbContextOptionsBuilder<CapConduitDbContext>(), connectionString).Options;
}
