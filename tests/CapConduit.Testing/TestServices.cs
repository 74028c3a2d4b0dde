using Testcontainers.PostgreSql;
using Testcontainers.Redis;

namespace CapConduit.Testing;

/// <summary>
/// Finds the real PostgreSQL and Redis the tests run against: connection strings from the environment
/// first (what scripts/test.sh exports), then Testcontainers when a Docker engine answers, else a clear failure.
/// </summary>
public static class TestServices
{
    public const string PostgresVariable = "ConnectionStrings__Postgres";
    public const string RedisVariable = "ConnectionStrings__Redis";

    private static readonly Lazy<Task<string>> Postgres = new(StartPostgresAsync);
    private static readonly Lazy<Task<string>> Redis = new(StartRedisAsync);

    public static Task<string> PostgresConnectionStringAsync() => Postgres.Value;

    public static Task<string> RedisConnectionStringAsync() => Redis.Value;

    private static async Task<string> StartPostgresAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment;
        EnsureDocker(PostgresVariable);
        var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }

    private static async Task<string> StartRedisAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(RedisVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment;
        EnsureDocker(RedisVariable);
        var container = new RedisBuilder("redis:7-alpine").Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }

    private static void EnsureDocker(string variable)
    {
        if (File.Exists("/var/run/docker.sock") || Environment.GetEnvironmentVariable("DOCKER_HOST") is not null)
            return;
        throw new InvalidOperationException(
            $"No test database: {variable} is not set and no Docker engine is available for Testcontainers. " +
            "Run the tests with scripts/test.sh (it starts PostgreSQL and Redis locally), or run " +
            "'eval \"$(scripts/services.sh start)\"' first and then 'dotnet test'.");
    }
}
