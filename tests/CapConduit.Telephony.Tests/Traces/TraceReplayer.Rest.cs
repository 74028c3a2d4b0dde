using System.Net.Http.Headers;
using System.Text;
using CapConduit.Telephony.Ari;

namespace CapConduit.Telephony.Tests.Traces;

public sealed partial class TraceReplayer
{
    private async Task RunRestAsync(TraceLine line)
    {
        // A request waits for the line it followed, and for earlier requests on the same resource
        // (two DELETEs of one channel must keep their order: 204, then 404).
        var resource = Resource(line.Path);
        var sameResourceBefore = trace.Where(l => l.IsRest && l.Seq < line.Seq && Resource(l.Path) == resource)
            .Select(l => l.Seq).ToList();
        var sentAfter = trace.LastOrDefault(l => l.Seq <= line.SentAfterSeq && !l.IsNoise && l.Kind != "ws_open");
        await WaitForAsync(sentAfter, sameResourceBefore);
        try
        {
            await SendAsync(line.Method, Map(line.Path));
            ClientStatuses[line.Seq] = 200;
        }
        catch (AriException e) when (e.StatusCode is not null)
        {
            ClientStatuses[line.Seq] = (int)e.StatusCode.Value;
        }
        finally
        {
            _restDone[line.Seq] = true;
        }
    }

    private static string Resource(string path) => path.Split('?')[0];

    /// <summary>Maps a traced request onto the typed client; shapes it cannot produce go out raw.</summary>
    private async Task SendAsync(string method, string path)
    {
        var client = ari.Client;
        var parts = Resource(path)["/ari/".Length..].Split('/');
        string? Q(string name) => Query(path, name);
        switch (method, parts)
        {
            case ("GET", ["channels"]): await client.ListChannelsAsync(default); return;
            case ("GET", ["channels", var id]): await client.GetChannelAsync(id, default); return;
            case ("POST", ["channels", var id, "ring"]): await client.RingAsync(id, default); return;
            case ("POST", ["channels", var id, "answer"]): await client.AnswerAsync(id, default); return;
            case ("DELETE", ["channels", var id]) when Q("reason_code") is { } code:
                await client.HangupAsync(id, int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), default);
                return;
            case ("DELETE", ["channels", var id]): await client.HangupAsync(id, Q("reason"), default); return;
            case ("POST", ["channels"]) when Q("endpoint") is { } endpoint && Q("app") is { } app:
                await client.OriginateAsync(new OriginateRequest(endpoint)
                {
                    App = app,
                    AppArgs = Q("appArgs"),
                    CallerId = Q("callerId"),
                    ChannelId = Q("channelId"),
                    TimeoutSeconds = Q("timeout") is { } t ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null,
                }, default);
                return;
            case ("POST", ["bridges"]): await client.CreateBridgeAsync(Q("bridgeId"), Q("name"), default); return;
            case ("GET", ["bridges", var id]): await client.GetBridgeAsync(id, default); return;
            case ("DELETE", ["bridges", var id]): await client.DestroyBridgeAsync(id, default); return;
            case ("POST", ["bridges", var id, "addChannel"]):
                await client.AddChannelsAsync(id, Q("channel")!.Split(','), default);
                return;
            case ("POST", ["bridges", var id, "removeChannel"]):
                await client.RemoveChannelsAsync(id, Q("channel")!.Split(','), default);
                return;
            default:
                await SendRawAsync(method, path);
                return;
        }
    }

    private async Task SendRawAsync(string method, string path)
    {
        using var http = new HttpClient { BaseAddress = ari.Server.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ari.Options.User}:{ari.Options.Password}")));
        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        if (!response.IsSuccessStatusCode)
            throw new AriException(method, path, response.StatusCode, null, "raw probe failed");
    }
}
