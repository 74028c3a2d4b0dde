using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CapConduit.Api.Tests.Transport.TestHost;

/// <summary>Small helpers to post GraphQL requests and read the JSON answer.</summary>
public static class GraphQLHttp
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(
        this TransportTestHost host, object request, string? accept = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, host.GraphQLUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json"),
        };
        return await SendAsync(host, message, accept);
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(
        this TransportTestHost host, HttpRequestMessage message, string? accept = null)
    {
        if (accept is not null)
        {
            message.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        var response = await host.Http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return (response, doc.RootElement.Clone());
    }

    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
