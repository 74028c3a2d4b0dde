using System.ComponentModel.DataAnnotations;

namespace CapConduit.Api.Auth;

/// <summary>Section "Jwt". The signing key is required outside Development (Jwt__SigningKey).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = "capconduit";
    public string Audience { get; set; } = "capconduit-api";

    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
}
