using System.Net;
using System.Text;
using CapConduit.Api.Tests.Transport.TestHost;

namespace CapConduit.Api.Tests.Transport;

public sealed class HttpLimitTests : IAsyncLifetime
{
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["GraphQL:MaxRequestBodyBytes"] = "2000",
        ["GraphQL:ExecutionTimeout"] = "00:00:01",
        ["GraphQL:MaxComplexity"] = "60",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var padding = new string(' ', 3000);
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ hello }" + padding + "\"}", Encoding.UTF8, "application/json"),
        };
        var (response, body) = await _host.SendAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", body.FirstErrorCode());
    }

    [Fact]
    public async Task Depth_over_15_is_rejected_and_not_executed()
    {
        var (response, body) = await _host.PostAsync(new { query = Nested(20) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Depth_within_the_limit_runs()
    {
        var (response, body) = await _host.PostAsync(new { query = Nested(5) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Complexity_over_the_limit_is_rejected()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 80).Select(i => $"h{i}: hello"));
        var (response, body) = await _host.PostAsync(new { query = "{ " + fields + " }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("{ items(first: 101) }")]
    [InlineData("{ items(last: 500) }")]
    public async Task Page_size_over_100_is_rejected(string query)
    {
        var (response, body) = await _host.PostAsync(new { query });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
        Assert.Contains("maximum page size is 100", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_size_from_a_variable_is_checked_too()
    {
        var (response, _) = await _host.PostAsync(new { query = "query($n: Int) { items(first: $n) }", variables = new { n = 101 } });
        var (ok, body) = await _host.PostAsync(new { query = "query($n: Int) { items(first: $n) }", variables = new { n = 100 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(100, body.GetProperty("data").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Execution_over_the_timeout_answers_a_timeout_error()
    {
        var (_, body) = await _host.PostAsync(new { query = "{ slow }" });

        Assert.Equal("TIMEOUT", body.FirstErrorCode());
    }

    private static string Nested(int depth) =>
        "{ node { " + string.Concat(Enumerable.Repeat("child { ", depth)) + "value" + new string('}', depth + 2);
}
