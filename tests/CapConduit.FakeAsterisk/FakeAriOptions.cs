namespace CapConduit.FakeAsterisk;

/// <summary>Settings of a <see cref="FakeAriServer"/>.</summary>
public sealed class FakeAriOptions
{
    public string User { get; init; } = "capconduit";
    /// <summary>
    /// Unique per instance by default: test classes run in parallel, and a port freed by one fake can be taken by
    /// another; a client still retrying the old address must not subscribe to (and so take over) the new fake's app.
    /// </summary>
    public string Password { get; init; } = "fake-" + Guid.NewGuid().ToString("N")[..12];
    public string App { get; init; } = "capconduit";

    /// <summary>Whether events caused by a request reach the WebSocket before or after its reply.</summary>
    public ReplyOrder ReplyOrder { get; init; } = ReplyOrder.EventsFirst;

    /// <summary>Seed for <see cref="ReplyOrder.Random"/>, so a failing order can be replayed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Timers of scripted endpoint behaviour run on this clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Dialplan context of originated channels (the endpoint's context in pjsip.conf).</summary>
    public string EndpointContext { get; init; } = "from-callcenter";

    /// <summary>
    /// The seconds part of Asterisk uniqueids (<c>&lt;epoch&gt;.&lt;n&gt;</c>); null takes the start time. Two fakes started
    /// in the same second would otherwise hand out the same ids, which collide in a database shared by several tests.
    /// </summary>
    public long? UniqueIdEpoch { get; init; }

    /// <summary>Loopback port to listen on; 0 (the default) picks a free one. A fixed port lets a test restart "Asterisk".</summary>
    public int Port { get; init; }

    /// <summary>Dialplan context that inbound calls come from.</summary>
    public string InboundContext { get; init; } = "from-carrier";

    /// <summary>
    /// Load tools only: called with an injected call's channel id and <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>
    /// right after its StasisStart was written to every open events WebSocket. Runs on the event pump; keep it cheap.
    /// </summary>
    public Action<string, long>? InboundStasisStartSent { get; init; }

    /// <summary>
    /// Load tools only: called with the method, path (without query), the <c>channelId</c> query parameter (null when
    /// absent) and <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> as soon as an authenticated REST request
    /// arrives, before the simulator handles it.
    /// </summary>
    public Action<string, string, string?, long>? RequestReceived { get; init; }
}

/// <summary>Asterisk's events and REST replies race (ari-traces README, behaviour 8).</summary>
public enum ReplyOrder
{
    /// <summary>The events a request causes are sent before its reply (deterministic default).</summary>
    EventsFirst,

    /// <summary>The reply completes before those events are sent.</summary>
    ReplyFirst,

    /// <summary>Each request picks one of the two, from <see cref="FakeAriOptions.Seed"/>.</summary>
    Random,
}
