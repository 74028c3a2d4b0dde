using CapConduit.Api.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CapConduit.Api.Tests.Hosting;

public sealed class StartupConfigurationTests
{
    [Fact]
    public void Production_refuses_to_start_without_a_signing_key()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Jwt:SigningKey"] = null;

        var error = Assert.Throws<InvalidOperationException>(() => DevelopmentSigningKey.Ensure(builder));

        Assert.Contains("Jwt__SigningKey", error.Message);
    }

    [Fact]
    public void A_short_signing_key_is_refused()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Jwt:SigningKey"] = "short";

        Assert.Throws<InvalidOperationException>(() => DevelopmentSigningKey.Ensure(builder));
    }

    [Theory]
    [InlineData(new string[0], Command.Serve)]
    [InlineData(new[] { "serve", "--urls", "http://127.0.0.1:1" }, Command.Serve)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:1" }, Command.Serve)]
    [InlineData(new[] { "migrate" }, Command.Migrate)]
    [InlineData(new[] { "seed" }, Command.Seed)]
    public void Command_line_picks_the_command(string[] args, Command expected)
    {
        Assert.Equal(expected, CommandLine.Parse(args).Command);
    }

    [Fact]
    public void Unknown_command_is_refused_with_the_list_of_commands()
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["migrat"]));
        Assert.Contains("serve, migrate, seed", error.Message);
    }
}
