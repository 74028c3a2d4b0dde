using System.Security.Claims;
using CapConduit.Api.Transport;
using CapConduit.Api.Transport.WebSockets;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapConduit.Api.Tests.Transport.TestHost;

/// <summary>A real Kestrel host on a loopback port serving <see cref="TestSchema"/> through the transport.</summary>
public sealed class TransportTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TransportTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLUri => new(BaseAddress, "/graphql");

    public Uri WebSocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    public HttpClient Http { get; }

    public HashSet<string> RevokedSubjects { get; } = [];

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Starts a host; the connection_init payload {"token":"user:&lt;sub&gt;[:exp]"} authenticates, "bad" is refused.</summary>
    public static async Task<TransportTestHost> StartAsync(
        string environment = "Production", IDictionary<string, string?>? settings = null,
        Action<GraphQL.DI.IGraphQLBuilder>? configureGraphQL = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<EventHub>();
        builder.Services.AddSingleton<BatchCounter>();
        builder.Services.AddCapConduitGraphQLTransport(
            builder.Configuration, builder.Environment, b =>
            {
                b.AddSchema<TestSchema>().AddGraphTypes(typeof(TestSchema).Assembly);
                configureGraphQL?.Invoke(b);
            });
        builder.Services.Configure<GraphQLWsAuthenticationOptions>(o =>
        {
            o.Authenticate = (_, payload, _) => ValueTask.FromResult(Authenticate(payload));
        });

        var app = builder.Build();
        app.UseWebSockets();
        app.MapCapConduitGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        var host = new TransportTestHost(app, new Uri(address));
        var revoked = host.RevokedSubjects;
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLWsAuthenticationOptions>>().Value
            .Revalidate = (principal, _) =>
            {
                lock (revoked)
                {
                    return ValueTask.FromResult(!revoked.Contains(principal.FindFirst("sub")!.Value));
                }
            };
        return host;
    }

    private static ClaimsPrincipal? Authenticate(System.Text.Json.JsonElement? payload)
    {
        var token = payload is { } p && p.TryGetProperty("token", out var t) ? t.GetString() : null;
        if (token is null || !token.StartsWith("user:", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = token.Split(':');
        var claims = new List<Claim> { new("sub", parts[1]) };
        if (parts.Length > 2)
        {
            claims.Add(new Claim("exp", parts[2]));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
