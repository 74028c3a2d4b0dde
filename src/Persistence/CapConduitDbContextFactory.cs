using Microsoft.EntityFrameworkCore.Design;

namespace CapConduit.Persistence;

/// <summary>Design-time factory for dotnet-ef; migrations are generated without a running server.</summary>
internal sealed class CapConduitDbContextFactory : IDesignTimeDbContextFactory<CapConduitDbContext>
{
    public CapConduitDbContext CreateDbContext(string[] args) =>
        new(CapConduitDbOptions.Build(
            Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=capconduit"));
}
