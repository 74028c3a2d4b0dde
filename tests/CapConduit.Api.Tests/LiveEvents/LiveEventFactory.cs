using CapConduit.Telephony.LiveEvents;

namespace CapConduit.Api.Tests.LiveEvents;

/// <summary>Live events as the call flow publishes them.</summary>
internal static class LiveEventFactory
{
    public static LiveEvent Event(
        LiveEventType type, string callId, Guid? seller, Guid? campaign = null, Guid? client = null, string? outcome = null) =>
        new(type, callId, DateTimeOffset.UtcNow, seller, campaign, campaign is null ? null : "Campaign " + campaign.Value.ToString("N")[..6],
            "+18005550101", client, client is null ? null : "Client " + client.Value.ToString("N")[..6], outcome);
}
