using System.Collections.Concurrent;
using CapConduit.Persistence;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Auth;

/// <summary>
/// Users as the token check and <c>me</c> see them, kept in memory so that an authenticated request needs no database
/// round trip. An entry is dropped when PostgreSQL announces a change to its row (<see cref="UserChangeListener"/>),
/// when this instance changes the user, and after <see cref="UserCacheOptions.MaxAge"/>. While the announcements are
/// not being received the cache is bypassed, so a missed announcement cannot keep a revoked token alive.
/// The password hash is never loaded.
/// </summary>
public sealed class CurrentUserCache
{
    private static readonly Func<CapConduitDbContext, Guid, Task<User?>> LoadUser = EF.CompileAsyncQuery(
        (CapConduitDbContext db, Guid id) => db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new User
            {
                Id = u.Id,
                Username = u.Username,
                Email = u.Email,
                Role = u.Role,
                Status = u.Status,
                FullName = u.FullName,
                CompanyName = u.CompanyName,
                TimeZone = u.TimeZone,
                SecurityStamp = u.SecurityStamp,
                CreatedAt = u.CreatedAt,
                UpdatedAt = u.UpdatedAt,
            })
            .SingleOrDefault());

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly Lock _gate = new();
    private readonly Func<Guid, CancellationToken, Task<User?>> _load;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;
    private long _generation;
    private volatile bool _listening;

    public CurrentUserCache(
        IDbContextFactory<CapConduitDbContext> contexts, TimeProvider time, IOptions<UserCacheOptions> options)
        : this(async (id, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await LoadUser(db, id);
        }, time, options)
    {
    }

    /// <param name="load">Reads one user from the database (tests replace it to control timing).</param>
    internal CurrentUserCache(
        Func<Guid, CancellationToken, Task<User?>> load, TimeProvider time, IOptions<UserCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _load = load;
        _time = time;
        _maxAge = options.Value.MaxAge;
    }

    /// <summary>True while change announcements are received, i.e. while entries are kept at all.</summary>
    public bool IsActive => _listening && _maxAge > TimeSpan.Zero;

    /// <summary>The user as currently stored, or null when there is none.</summary>
    public async ValueTask<User?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(userId, out var entry) && _time.GetUtcNow() - entry.LoadedAt < _maxAge)
            return entry.User;

        var generation = Interlocked.Read(ref _generation);
        var loadedAt = _time.GetUtcNow();
        var user = await _load(userId, cancellationToken);
        if (user is not null)
            Store(user, loadedAt, generation);
        return user;
    }

    /// <summary>Forgets one user; a read that started before this call is not kept either.</summary>
    public void Invalidate(Guid userId)
    {
        lock (_gate)
        {
            _generation++;
            _entries.TryRemove(userId, out _);
        }
    }

    /// <summary>Announcements are being received from now on: start keeping entries (none from before).</summary>
    internal void StartListening() => Reset(listening: true);

    /// <summary>Announcements may be missed from now on: forget everything and stop keeping entries.</summary>
    internal void StopListening() => Reset(listening: false);

    private void Reset(bool listening)
    {
        lock (_gate)
        {
            _generation++;
            _listening = listening;
            _entries.Clear();
        }
    }

    private void Store(User user, DateTimeOffset loadedAt, long generation)
    {
        lock (_gate)
        {
            // Anything invalidated while the row was being read may be older than the change; leave it out.
            if (IsActive && _generation == generation)
                _entries[user.Id] = new Entry(user, loadedAt);
        }
    }

    private sealed record Entry(User User, DateTimeOffset LoadedAt);
}
