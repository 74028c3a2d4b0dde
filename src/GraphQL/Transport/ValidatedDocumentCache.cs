using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Transport;

/// <summary>
/// Documents that parsed and validated, by query text, so a repeated query (dashboards and front ends send the same
/// few) is neither parsed nor validated again. A cached document is checked only by
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/>: the one rule that depends on variable values (page
/// size) is registered for cached documents too; depth, complexity and the specification's rules depend on the
/// document alone. Variables are still coerced and checked against their types on every request.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents;
    private readonly bool _enabled;
    private readonly int _maxQueryLength;

    public ValidatedDocumentCache(IOptions<GraphQLTransportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _enabled = options.Value.DocumentCacheSize > 0;
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.DocumentCacheSize) });
        _maxQueryLength = options.Value.DocumentCacheMaxQueryLength;
    }

    /// <summary>Documents currently kept.</summary>
    public int Count => _documents.Count;

    // After the option configurations (100), before anything that uses the parsed document.
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (!_enabled || options.Document is not null || options.Query is not { } query || query.Length > _maxQueryLength)
            return await next(options);

        if (_documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            options.Document = cached;
            // Only the rules that depend on variables or the request; the document passed all others before.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        // Executed means parsing and every validation rule passed; a document with errors is never kept.
        if (result.Executed && result.Document is { } document)
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = 1 });
        return result;
    }

    public void Dispose() => _documents.Dispose();
}
