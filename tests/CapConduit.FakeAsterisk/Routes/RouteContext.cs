using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CapConduit.FakeAsterisk.Routes;

/// <summary>What every route needs: the simulator, and replies that honour the reply order.</summary>
internal sealed class RouteContext(
    AsteriskSimulator simulator,
    EventHub hub,
    FakeAriOptions options,
    RequestLog log,
    Func<bool> replyFirst)
{
    public AsteriskSimulator Simulator => simulator;
    public EventHub Hub => hub;
    public FakeAriOptions Options => options;

    /// <summary>
    /// Runs a step that may emit events. Events first: wait until they are on the WebSocket, then reply.
    /// Reply first: the events wait (in order, holding back later ones) until the reply has completed.
    /// </summary>
    public async Task ExecuteAsync(HttpContext http, Func<AsteriskEventSequence, SimReply> step)
    {
        if (replyFirst())
        {
            var replied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            http.Response.OnCompleted(() =>
            {
                replied.TrySetResult();
                return Task.CompletedTask;
            });
            http.RequestAborted.Register(() => replied.TrySetResult());
            var (reply, _) = simulator.Run(step, replied.Task);
            await WriteAsync(http, reply).ConfigureAwait(false);
        }
        else
        {
            var (reply, sent) = simulator.Run(step);
            await sent.ConfigureAwait(false);
            await WriteAsync(http, reply).ConfigureAwait(false);
        }
    }

    public async Task WriteAsync(HttpContext http, SimReply reply)
    {
        var body = reply.Body?.ToJsonString();
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget
            ?? http.Request.Path + http.Request.QueryString;
        log.Add(new LoggedRequest(http.Request.Method, target, reply.Status, body, hub.SentCount));
        http.Response.StatusCode = reply.Status;
        if (body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
        }
    }

    public static string? Query(HttpContext http, string name) =>
        http.Request.Query.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    public static string[] ListQuery(HttpContext http, string name) =>
        (Query(http, name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
}
