using CapConduit.Api.Transport.WebSockets;
using CapConduit.Api.Users;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapConduit.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Tokens, sign-in throttling and JWT bearer authentication for HTTP and the WebSocket transport.
    /// The app must call <c>app.UseAuthentication()</c> before mapping GraphQL.
    /// </summary>
    public static IServiceCollection AddCapConduitAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<LoginThrottleOptions>()
            .Bind(configuration.GetSection(LoginThrottleOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<UserCacheOptions>()
            .Bind(configuration.GetSection(UserCacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CurrentUserCache>();
        services.AddHostedService<UserChangeListener>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<RefreshTokenRotation>();
        services.AddScoped<SignIn>();
        services.AddScoped<UserEditor>();
        services.AddHttpContextAccessor();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AccessTokenValidator>(JwtBearerSetup.Configure);
        services.AddOptions<GraphQLWsAuthenticationOptions>()
            .Configure<AccessTokenValidator>(JwtBearerSetup.Configure);
        return services;
    }
}
