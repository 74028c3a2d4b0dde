using CapConduit.Api;
using CapConduit.Api.Hosting;
using CapConduit.Api.Transport;
using CapConduit.Persistence;
using CapConduit.Telephony;

var (command, rest) = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(rest);
DevelopmentSigningKey.Ensure(builder);

builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddTelephony(builder.Configuration);
builder.Services.AddCapConduitApi(builder.Configuration, builder.Environment);

var app = builder.Build();
if (command != Command.Serve)
    return await OneShotCommands.RunAsync(app, command);

app.UseWebSockets();
app.UseAuthentication();
app.MapCapConduitHealth();
app.MapCapConduitGraphQL();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
