using System.Text.Json;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Tests.Traces;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Ari;

/// <summary>
/// What the client sends and what the fake emits must both fit the ARI 22 swagger: requests match a
/// declared path, method and query parameters; events match their events.json model recursively.
/// </summary>
public sealed class AriSpecConformanceTests
{
    private static readonly AriSwagger Swagger = AriSwagger.Load();

    private static readonly string[] CallScenarios =
        ["answer", "callee_bye", "failover", "allfail", "unknown_did", "abandon", "caps"];

    [Fact]
    public async Task Client_requests_and_fake_events_conform_to_the_ARI_22_swagger()
    {
        var requests = new List<LoggedRequest>();
        var events = new List<string>();
        foreach (var scenario in CallScenarios)
        {
            await using var ari = await AriTestHarness.StartAsync();
            await new TraceReplayer(ari, TraceLine.Load(scenario + ".jsonl")).RunAsync();
            await Eventually.TrueAsync(() => ari.Server.LiveChannelIds.Count == 0, $"{scenario}: every channel ended");
            requests.AddRange(ari.Server.RequestLog.Entries);
            events.AddRange(ari.Server.EmittedEvents);
        }

        await using (var ari = await AriTestHarness.StartAsync())
        {
            await RunEveryOtherClientCallAsync(ari);
            await SubscribeAgainAsync(ari);
            requests.AddRange(ari.Server.RequestLog.Entries);
            events.AddRange(ari.Server.EmittedEvents);
        }

        var errors = requests.SelectMany(RequestErrors).Concat(events.SelectMany(EventErrors)).Distinct().ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(40)));
        Assert.True(requests.Count > 50 && events.Count > 100, $"{requests.Count} requests, {events.Count} events checked");
    }

    private static async Task RunEveryOtherClientCallAsync(AriTestHarness ari)
    {
        var client = ari.Client;
        ari.Server.SetEndpoint("PJSIP/cc_answer", EndpointBehavior.AnswerAfter());
        var caller = ari.Server.InjectInboundCall("+18005550101", "15550100001", "Caller");
        await client.ListChannelsAsync(default);
        await client.GetChannelAsync(caller, default);
        await client.SetChannelVariableAsync(caller, "CC_CALL", "1", default);
        await client.GetChannelVariableAsync(caller, "CC_CALL", default);
        var leg = await client.CreateChannelAsync("PJSIP/cc_answer", "out," + caller, caller + "-a1", default);
        await client.DialAsync(leg.Id, caller, 10, default);
        await Eventually.TrueAsync(() => ari.Received.OfType<StasisStart>().Any(e => e.Channel.Id == leg.Id), "leg answers");
        await client.AnswerAsync(caller, default);
        var bridge = await client.CreateBridgeAsync(caller + "-br", "conf", default);
        await client.AddChannelsAsync(bridge.Id, [caller, leg.Id], default);
        await client.GetBridgeAsync(bridge.Id, default);
        await client.ListBridgesAsync(default);
        await client.RemoveChannelsAsync(bridge.Id, [leg.Id], default);
        await client.GetApplicationAsync(default);
        await client.GetAsteriskInfoAsync(default);
        await client.HangupAsync(leg.Id, "normal", default);
        await client.HangupAsync(caller, HangupCause.NormalClearing, default);
        await client.DestroyBridgeAsync(bridge.Id, default);
    }

    /// <summary>A second WebSocket for the app takes it over; the client's own gets ApplicationReplaced.</summary>
    private static async Task SubscribeAgainAsync(AriTestHarness ari)
    {
        using var second = await ari.Server.SubscribeAnotherClientAsync();
        await Eventually.TrueAsync(() => ari.Received.OfType<ApplicationReplaced>().Any(), "the client's WebSocket is told it was replaced");
    }

    private static IEnumerable<string> RequestErrors(LoggedRequest request)
    {
        var parts = request.Path.Split('?', 2);
        var path = parts[0].StartsWith("/ari/", StringComparison.Ordinal) ? parts[0]["/ari".Length..] : parts[0];
        var operation = Swagger.Find(request.Method, path);
        if (operation is null)
        {
            yield return $"{request.Method} {request.Path}: no such ARI operation";
            yield break;
        }

        var names = (parts.Length > 1 ? parts[1] : "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Uri.UnescapeDataString(p.Split('=')[0])).ToList();
        var declared = operation.Parameters.Where(p => p.Kind == "query").ToList();
        foreach (var name in names.Where(n => declared.All(d => d.Name != n)))
            yield return $"{request.Method} {request.Path}: query parameter {name} is not declared for {operation.Path}";
        foreach (var missing in declared.Where(d => d.Required && !names.Contains(d.Name)))
            yield return $"{request.Method} {request.Path}: required query parameter {missing.Name} is missing";
    }

    private static IEnumerable<string> EventErrors(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
        if (!Swagger.Models.ContainsKey(type) || Swagger.Parents.GetValueOrDefault(type) != "Event")
            return [$"{type}: not an events.json Event type"];
        var errors = new List<string>();
        new SwaggerModelValidator(Swagger).Validate(root, type, type, errors);
        return errors;
    }

    [Fact]
    public void The_validator_rejects_events_that_break_the_model()
    {
        var errors = new List<string>();
        var broken = JsonDocument.Parse(
            """{"type":"ChannelDestroyed","timestamp":"2026-11-23T21:41:00.084+0000","application":"capconduit","cause":"16","extra":1,"channel":{"id":"x"}}""").RootElement;

        new SwaggerModelValidator(Swagger).Validate(broken, "ChannelDestroyed", "e", errors);

        Assert.Contains(errors, e => e.Contains("e.cause", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("cause_txt is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("extra is not declared", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Channel.name is missing", StringComparison.Ordinal));
    }
}
