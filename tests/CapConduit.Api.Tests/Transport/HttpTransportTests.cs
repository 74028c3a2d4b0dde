using System.Net;
using System.Text;
using CapConduit.Api.Tests.Transport.TestHost;

namespace CapConduit.Api.Tests.Transport;

public sealed class HttpTransportTests : IAsyncLifetime
{
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_query_answers_graphql_response_json_with_data()
    {
        var (response, body) = await _host.PostAsync(new { query = "{ hello(name: \"Ann\") }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("Hello, Ann", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Variables_and_operation_name_select_the_operation_to_run()
    {
        var (_, body) = await _host.PostAsync(new
        {
            query = "query A { hello(name: \"a\") } query B($n: String) { hello(name: $n) }",
            operationName = "B",
            variables = new { n = "bee" },
        });

        Assert.Equal("Hello, bee", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Several_operations_without_operation_name_is_a_400_validation_failure()
    {
        var (response, body) = await _host.PostAsync(new { query = "query A { hello } query B { hello }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_from_the_query_string()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("{\"n\":\"get\"}") + "&operationName=Q";
        var (response, body) = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, get", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_mutation_is_405_with_allow_post_and_is_not_executed()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }");
        var (response, body) = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", Assert.Single(response.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_runs_a_mutation()
    {
        var (response, body) = await _host.PostAsync(new { query = "mutation { echo(text: \"hi\") }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hi", body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task User_errors_are_returned_as_data_with_code_message_and_field_path()
    {
        var (response, body) = await _host.PostAsync(new { query = "mutation { rename(name: \"\") { code message field } }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(body.GetProperty("data").GetProperty("rename").EnumerateArray());
        Assert.Equal("NAME_REQUIRED", error.GetProperty("code").GetString());
        Assert.Equal(["input", "name"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Unparsable_document_is_400_parse_failed()
    {
        var (response, body) = await _host.PostAsync(new { query = "{ hello " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_PARSE_FAILED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Invalid_document_is_400_validation_failed()
    {
        var (response, body) = await _host.PostAsync(new { query = "{ noSuchField }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Accepting_only_application_json_gets_200_even_for_validation_errors()
    {
        var (response, body) = await _host.PostAsync(new { query = "{ noSuchField }" }, accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{ hello }", Encoding.UTF8, "text/plain"),
        };
        var (response, body) = await _host.SendAsync(message);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", body.FirstErrorCode());
    }

    [Fact]
    public async Task Malformed_json_body_is_400()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json"),
        };
        var (response, body) = await _host.SendAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", body.FirstErrorCode());
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var (response, body) = await _host.PostAsync(new { operationName = "X" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", body.FirstErrorCode());
    }

    [Fact]
    public async Task Loader_fields_of_one_level_are_fetched_in_one_batch()
    {
        var (_, body) = await _host.PostAsync(new { query = "{ things(count: 5) { id label } }" });

        var things = body.GetProperty("data").GetProperty("things");
        Assert.Equal("label-3", things[2].GetProperty("label").GetString());
        var batch = Assert.Single(_host.Get<BatchCounter>().Batches);
        Assert.Equal([1, 2, 3, 4, 5], batch.Order());
    }
}
