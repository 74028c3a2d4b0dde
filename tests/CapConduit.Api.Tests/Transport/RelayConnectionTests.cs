using System.Net;
using CapConduit.Api.Tests.Transport.TestHost;

namespace CapConduit.Api.Tests.Transport;

public sealed class RelayConnectionTests : IAsyncLifetime
{
    private const string Fields = "totalCount nodes edges { cursor node } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Pages_forward_with_the_end_cursor()
    {
        var (_, first) = await _host.PostAsync(new { query = "{ numbers(first: 3) { " + Fields + " } }" });
        var end = first.GetProperty("data").GetProperty("numbers").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var (_, second) = await _host.PostAsync(new
        {
            query = "query($c: String) { numbers(first: 3, after: $c) { " + Fields + " } }",
            variables = new { c = end },
        });

        var numbers = second.GetProperty("data").GetProperty("numbers");
        Assert.Equal([4, 5, 6], numbers.GetProperty("nodes").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal(250, numbers.GetProperty("totalCount").GetInt32());
        Assert.True(numbers.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Pages_backward_with_last_and_before()
    {
        var (_, body) = await _host.PostAsync(new { query = "{ numbers(last: 2) { " + Fields + " } }" });

        var numbers = body.GetProperty("data").GetProperty("numbers");
        Assert.Equal([249, 250], numbers.GetProperty("nodes").EnumerateArray().Select(n => n.GetInt32()));
        Assert.True(numbers.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task First_over_100_is_rejected_before_execution()
    {
        var (response, body) = await _host.PostAsync(new { query = "{ numbers(first: 101) { totalCount } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Garbage_after_cursor_is_bad_user_input()
    {
        var (_, body) = await _host.PostAsync(new { query = "{ numbers(first: 2, after: \"nope!\") { totalCount } }" });

        Assert.Equal("BAD_USER_INPUT", body.FirstErrorCode());
    }
}
