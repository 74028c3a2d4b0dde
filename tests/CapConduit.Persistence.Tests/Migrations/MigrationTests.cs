using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Persistence.Tests.Migrations;

public sealed class MigrationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var db = postgres.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void Model_has_no_changes_missing_from_the_migrations()
    {
        using var db = postgres.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model differs from the last migration: run 'dotnet ef migrations add <Name> --project src/Persistence'.");
    }

    [Fact]
    public async Task Migrate_is_idempotent_on_an_up_to_date_database()
    {
        await using var db = postgres.CreateDbContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
