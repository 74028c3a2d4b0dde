using CapConduit.Persistence.Migrate;
using CapConduit.Persistence.Seed;

namespace CapConduit.Api.Hosting;

/// <summary>Runs <c>migrate</c> or <c>seed</c> against the configured database and exits.</summary>
public static class OneShotCommands
{
    public static async Task<int> RunAsync(WebApplication app, Command command)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(stopping);
        if (command == Command.Seed)
            await app.Services.GetRequiredService<SampleDataSeeder>().SeedAsync(stopping);
        return 0;
    }
}
