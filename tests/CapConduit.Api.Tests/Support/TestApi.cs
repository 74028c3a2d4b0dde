using CapConduit.Testing;

namespace CapConduit.Api.Tests.Support;

/// <summary>An <see cref="ApiFactory"/> with its own Redis key prefix, so throttling counts of one test never leak into another.</summary>
public static class TestApi
{
    public static ApiFactory Create(PostgresFixture postgres, RedisFixture redis, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Redis:KeyPrefix"] = RedisFixture.NewKeyPrefix() };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        return new ApiFactory(postgres.ConnectionString, redis.ConnectionString, all);
    }

    public static GraphQLClient Client(this ApiFactory api) => new(api.CreateClient());
}
