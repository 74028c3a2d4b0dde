using System.ComponentModel.DataAnnotations;

namespace CapConduit.Api.Auth;

/// <summary>Section "UserCache": the in-memory copy of users behind the token check and <c>me</c>.</summary>
public sealed class UserCacheOptions
{
    public const string SectionName = "UserCache";

    /// <summary>
    /// How long a cached user is trusted at most. Changes are announced by PostgreSQL and drop the entry at once;
    /// this only bounds the damage of an announcement that never arrives. Zero turns the cache off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle change feed connection is checked for life.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts to reconnect the change feed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
