using CapConduit.Api.Auth;
using CapConduit.Persistence.Users;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CapConduit.Api.Tests.Auth;

/// <summary>
/// The cache's rules with a counting loader in place of the database: what is kept, for how long, and what a change
/// or a lost change feed does to it. The feed itself is tested against PostgreSQL in UserChangeFeedTests.
/// </summary>
public sealed class CurrentUserCacheTests
{
    private static readonly Guid UserId = Guid.CreateVersion7();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-24T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private int _loads;

    [Fact]
    public async Task While_listening_a_user_is_read_from_the_database_once()
    {
        var cache = Create();
        cache.StartListening();

        await cache.GetAsync(UserId, default);
        var second = await cache.GetAsync(UserId, default);

        Assert.Equal(1, _loads);
        Assert.Equal(UserId, second?.Id);
    }

    [Fact]
    public async Task Without_the_change_feed_every_read_goes_to_the_database()
    {
        var cache = Create();

        await cache.GetAsync(UserId, default);
        await cache.GetAsync(UserId, default);

        Assert.False(cache.IsActive);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task An_invalidated_user_is_read_again()
    {
        var cache = Create();
        cache.StartListening();
        await cache.GetAsync(UserId, default);

        cache.Invalidate(UserId);
        await cache.GetAsync(UserId, default);

        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task Losing_the_change_feed_forgets_every_user_and_keeps_none_until_it_is_back()
    {
        var cache = Create();
        cache.StartListening();
        await cache.GetAsync(UserId, default);

        cache.StopListening();
        await cache.GetAsync(UserId, default);
        await cache.GetAsync(UserId, default);
        cache.StartListening();
        await cache.GetAsync(UserId, default);
        await cache.GetAsync(UserId, default);

        Assert.Equal(4, _loads);
    }

    [Fact]
    public async Task An_entry_is_trusted_for_at_most_the_configured_age()
    {
        var cache = Create(maxAge: TimeSpan.FromSeconds(60));
        cache.StartListening();
        await cache.GetAsync(UserId, default);

        _time.Advance(TimeSpan.FromSeconds(59));
        await cache.GetAsync(UserId, default);
        Assert.Equal(1, _loads);

        _time.Advance(TimeSpan.FromSeconds(1));
        await cache.GetAsync(UserId, default);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task A_max_age_of_zero_turns_the_cache_off()
    {
        var cache = Create(maxAge: TimeSpan.Zero);
        cache.StartListening();

        await cache.GetAsync(UserId, default);
        await cache.GetAsync(UserId, default);

        Assert.False(cache.IsActive);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task A_read_that_started_before_a_change_is_not_kept()
    {
        var release = new TaskCompletionSource<User?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stale = new User { Id = UserId, Status = UserStatus.Active };
        var fresh = new User { Id = UserId, Status = UserStatus.Inactive };
        var reads = 0;
        var cache = new CurrentUserCache((_, _) =>
        {
            if (Interlocked.Increment(ref reads) > 1)
                return Task.FromResult<User?>(fresh);
            started.SetResult();
            return release.Task;
        }, _time, Options.Create(new UserCacheOptions()));
        cache.StartListening();

        var slowRead = cache.GetAsync(UserId, default).AsTask();
        await started.Task;
        cache.Invalidate(UserId); // the row changed while the first read was under way
        release.SetResult(stale);
        Assert.Same(stale, await slowRead);

        Assert.Same(fresh, await cache.GetAsync(UserId, default));
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task A_missing_user_is_not_remembered()
    {
        var cache = new CurrentUserCache((_, _) =>
        {
            _loads++;
            return Task.FromResult<User?>(null);
        }, _time, Options.Create(new UserCacheOptions()));
        cache.StartListening();

        Assert.Null(await cache.GetAsync(UserId, default));
        Assert.Null(await cache.GetAsync(UserId, default));
        Assert.Equal(2, _loads);
    }

    private CurrentUserCache Create(TimeSpan? maxAge = null) => new((id, _) =>
    {
        _loads++;
        return Task.FromResult<User?>(new User { Id = id, Username = "cached", Status = UserStatus.Active });
    }, _time, Options.Create(new UserCacheOptions { MaxAge = maxAge ?? TimeSpan.FromMinutes(1) }));
}
