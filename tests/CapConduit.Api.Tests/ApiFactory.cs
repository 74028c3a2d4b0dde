using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CapConduit.Api.Tests;

/// <summary>The real server in-process, pointed at the test class's database and Redis.</summary>
public sealed class ApiFactory(string postgres, string redis, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string TestSigningKey = "capconduit-tests-signing-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", postgres);
        builder.UseSetting("ConnectionStrings:Redis", redis);
        builder.UseSetting("Jwt:SigningKey", TestSigningKey);
        builder.UseSetting("Ari:Password", "test-ari-password");
        // No Asterisk in API tests: the Stasis app and the call record writer stay off.
        builder.UseSetting("Telephony:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }
}
