using System.ComponentModel.DataAnnotations;

namespace CapConduit.Api.Auth;

/// <summary>Section "LoginThrottle": failed sign-ins allowed per username and per client address in a sliding window.</summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "LoginThrottle";

    [Range(1, 1000)]
    public int MaxFailuresPerUsername { get; set; } = 5;

    [Range(1, 100000)]
    public int MaxFailuresPerAddress { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
