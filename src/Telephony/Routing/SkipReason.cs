namespace CapConduit.Telephony.Routing;

/// <summary>Why a link of the campaign is left out of a route plan.</summary>
public enum SkipReason
{
    LinkInactive,
    ClientInactive,
    NoContact,
    TotalCapUsed,

    /// <summary>Only known when the plan was given live counts; otherwise found when acquiring the slot.</summary>
    ConcurrencyFull,
}

/// <summary>A link left out of the plan, and why.</summary>
public sealed record SkippedLink(RoutingLink Link, SkipReason Reason);
