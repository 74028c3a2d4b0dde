using System.Security.Cryptography;
using CapConduit.Api.Auth;

namespace CapConduit.Api.Hosting;

/// <summary>
/// Supplies Jwt:SigningKey: from configuration when set; in Development only, a random key generated once into the
/// git-ignored .local folder; anywhere else the server refuses to start.
/// </summary>
public static class DevelopmentSigningKey
{
    public const int MinimumKeyBytes = 32;

    public static void Ensure(WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JwtOptions.SectionName);
        var configured = section["SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (System.Text.Encoding.UTF8.GetByteCount(configured) < MinimumKeyBytes)
                throw new InvalidOperationException($"Jwt:SigningKey is too short: use at least {MinimumKeyBytes} bytes (e.g. `openssl rand -base64 48`).");
            return;
        }
        if (!builder.Environment.IsDevelopment())
            throw new InvalidOperationException(
                $"Jwt:SigningKey is not set and the environment is '{builder.Environment.EnvironmentName}'. " +
                "Set Jwt__SigningKey to a random secret of at least 32 bytes (e.g. `openssl rand -base64 48`).");
        section["SigningKey"] = ReadOrCreate(Path.Combine(FindLocalFolder(builder.Environment.ContentRootPath), "jwt-signing-key"));
    }

    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
            return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(path, key);
        return key;
    }

    private static string FindLocalFolder(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CapConduit.sln")))
                return Path.Combine(dir.FullName, ".local");
        }
        return Path.Combine(contentRoot, ".local");
    }
}
