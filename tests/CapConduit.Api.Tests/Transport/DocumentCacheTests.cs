using System.Net;
using CapConduit.Api.Tests.Transport.TestHost;
using CapConduit.Api.Transport;
using GraphQL;
using GraphQL.Validation;

namespace CapConduit.Api.Tests.Transport;

/// <summary>
/// A repeated query is served from the validated-document cache, the page-size check (which depends on variable
/// values) still runs for it, and documents that fail validation are never kept.
/// </summary>
public sealed class DocumentCacheTests : IAsyncLifetime
{
    private const string PagedItems = "query($n: Int) { items(first: $n) }";
    private TransportTestHost _host = null!;

    private readonly CountingRule _documentRule = new();

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync(
        settings: new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "60" },
        configureGraphQL: b => b.AddValidationRule(_documentRule));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ValidatedDocumentCache Cache => _host.Get<ValidatedDocumentCache>();

    [Fact]
    public async Task A_valid_query_is_kept_once_and_answers_the_same_from_the_cache()
    {
        var (_, first) = await _host.PostAsync(new { query = "{ hello(name: \"cache\") }" });
        var (response, second) = await _host.PostAsync(new { query = "{ hello(name: \"cache\") }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(1, Cache.Count);
        Assert.Equal(1, _documentRule.Runs); // the second request was not validated again
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_kept()
    {
        var (first, _) = await _host.PostAsync(new { query = "{ noSuchField }" });
        var (second, body) = await _host.PostAsync(new { query = "{ noSuchField }" });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.FirstErrorCode());
        Assert.Equal(0, Cache.Count);
    }

    [Fact]
    public async Task The_page_size_limit_applies_to_a_cached_document_with_new_variables()
    {
        var (ok, _) = await _host.PostAsync(new { query = PagedItems, variables = new { n = 5 } });
        Assert.Equal(1, Cache.Count);

        var (refused, body) = await _host.PostAsync(new { query = PagedItems, variables = new { n = 101 } });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("maximum page size is 100", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_of_a_cached_document_are_still_checked_against_their_types()
    {
        await _host.PostAsync(new { query = PagedItems, variables = new { n = 5 } });

        var (refused, body) = await _host.PostAsync(new { query = PagedItems, variables = new { n = "five" } });

        Assert.Equal(1, Cache.Count);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_document_over_the_complexity_limit_is_refused_every_time()
    {
        // Complexity depends on the document alone, so a kept document can never exceed it later.
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 80).Select(i => $"h{i}: hello")) + " }";
        var (first, _) = await _host.PostAsync(new { query });
        var (second, _) = await _host.PostAsync(new { query });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(0, Cache.Count);
    }

    /// <summary>A document-only rule (not registered for cached documents) that counts how often validation runs.</summary>
    private sealed class CountingRule : ValidationRuleBase
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Interlocked.Increment(ref _runs);
            return ValueTask.FromResult<INodeVisitor?>(null);
        }
    }
}
