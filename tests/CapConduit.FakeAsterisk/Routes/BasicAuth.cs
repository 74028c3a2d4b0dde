using System.Text;
using Microsoft.AspNetCore.Http;

namespace CapConduit.FakeAsterisk.Routes;

/// <summary>ari.conf users: HTTP Basic on every request (REST and the WebSocket upgrade).</summary>
internal static class BasicAuth
{
    public static Func<HttpContext, RequestDelegate, Task> Check(FakeAriOptions options, RequestLog log)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
        return async (http, next) =>
        {
            if (string.Equals(http.Request.Headers.Authorization.ToString(), expected, StringComparison.Ordinal))
            {
                await next(http).ConfigureAwait(false);
                return;
            }

            const string body = """{"message":"Authentication required"}""";
            log.Add(new LoggedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString, 401, body));
            http.Response.StatusCode = 401;
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"Asterisk REST Interface\"";
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
        };
    }
}
