using CapConduit.Api.Tests.Transport.TestHost;

namespace CapConduit.Api.Tests.Transport;

public sealed class ErrorCodeTests
{
    [Theory]
    [InlineData("forbidden", "FORBIDDEN")]
    [InlineData("unauthenticated", "UNAUTHENTICATED")]
    [InlineData("missing", "NOT_FOUND")]
    [InlineData("boom", "INTERNAL")]
    public async Task Resolver_exceptions_map_to_their_code(string field, string code)
    {
        await using var host = await TransportTestHost.StartAsync();

        var (_, body) = await host.PostAsync(new { query = "{ " + field + " }" });

        Assert.Equal(code, body.FirstErrorCode());
    }

    [Fact]
    public async Task Invalid_transport_setting_fails_start_up_naming_the_setting()
    {
        var ex = await Assert.ThrowsAnyAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            TransportTestHost.StartAsync(settings: new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "-00:00:01" }));

        Assert.Contains("GraphQL:ExecutionTimeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_cursor_is_bad_user_input()
    {
        await using var host = await TransportTestHost.StartAsync();

        var (_, body) = await host.PostAsync(new { query = "{ cursorId(cursor: \"%%not-a-cursor\") }" });

        Assert.Equal("BAD_USER_INPUT", body.FirstErrorCode());
    }

    [Fact]
    public async Task Internal_errors_hide_details_outside_development()
    {
        await using var host = await TransportTestHost.StartAsync("Production");

        var (_, body) = await host.PostAsync(new { query = "{ boom }" });

        var raw = body.GetRawText();
        Assert.DoesNotContain("secret-internal-detail", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Internal_errors_show_details_in_development()
    {
        await using var host = await TransportTestHost.StartAsync("Development");

        var (_, body) = await host.PostAsync(new { query = "{ boom }" });

        Assert.Equal("INTERNAL", body.FirstErrorCode());
        Assert.Contains("secret-internal-detail", body.GetRawText(), StringComparison.Ordinal);
    }
}
