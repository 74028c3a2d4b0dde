using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Ari;

/// <summary>
/// Typed ARI REST client. Parameters go in the query string (as Asterisk accepts and the traces show);
/// the status is checked before any body is decoded; failures become <see cref="AriException"/>.
/// </summary>
public sealed partial class AriClient
{
    private readonly HttpClient _http;
    private readonly AriOptions _options;
    private readonly ILogger _logger;

    // Marked for DI: the typed-client factory refuses a type whose constructors it cannot tell apart.
    [ActivatorUtilitiesConstructor]
    public AriClient(HttpClient http, IOptions<AriOptions> options, ILogger<AriClient> logger)
        : this(http, options.Value, logger)
    {
    }

    public AriClient(HttpClient http, AriOptions options, ILogger? logger = null)
    {
        options.Validate();
        _http = http;
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _http.BaseAddress ??= options.RestBase;
        _http.DefaultRequestHeaders.Authorization ??= new AuthenticationHeaderValue("Basic", options.BasicAuthParameter);
        // Our own per-request timeout (RequestTimeout) applies; the HttpClient default must not cut in first.
        _http.Timeout = Timeout.InfiniteTimeSpan;
    }

    public AriOptions Options => _options;

    private async Task<T> SendAsync<T>(HttpMethod method, string path, Query? query, JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
    {
        var body = await SendCoreAsync(method, path, query, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, type)
                ?? throw new JsonException("The reply body was empty.");
        }
        catch (JsonException e)
        {
            throw new AriException(method.Method, path, HttpStatusCode.OK, null,
                $"ARI {method.Method} /ari/{path} returned a body that is not a {typeof(T).Name}: {e.Message}", e);
        }
    }

    private async Task SendAsync(HttpMethod method, string path, Query? query, CancellationToken cancellationToken) =>
        await SendCoreAsync(method, path, query, cancellationToken).ConfigureAwait(false);

    private async Task<byte[]> SendCoreAsync(HttpMethod method, string path, Query? query,
        CancellationToken cancellationToken)
    {
        var uri = query is null ? path : path + query.ToString();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(method, uri);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AriException(method.Method, path, null, null,
                $"ARI {method.Method} /ari/{path} got no reply within Ari:RequestTimeout ({_options.RequestTimeout}).", e);
        }
        catch (HttpRequestException e)
        {
            throw new AriException(method.Method, path, null, null,
                $"ARI {method.Method} /ari/{path} failed to reach Ari:Url ({_options.Url}): {e.Message}", e);
        }

        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                AriLog.RequestCompleted(_logger, method.Method, path, response.StatusCode);
                return bytes;
            }

            var asteriskMessage = ReadErrorText(bytes);
            AriLog.RequestFailed(_logger, method.Method, path, response.StatusCode, asteriskMessage);
            throw new AriException(method.Method, path, response.StatusCode, asteriskMessage,
                $"ARI {method.Method} /ari/{path} returned {(int)response.StatusCode} {response.StatusCode}: " +
                (asteriskMessage ?? Encoding.UTF8.GetString(bytes)));
        }
    }

    private static string? ReadErrorText(byte[] body)
    {
        if (body.Length == 0)
            return null;
        try
        {
            var error = JsonSerializer.Deserialize(body, AriJsonContext.Default.AriErrorBody);
            return error?.Message ?? error?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Escape(string pathSegment) => Uri.EscapeDataString(pathSegment);
}
