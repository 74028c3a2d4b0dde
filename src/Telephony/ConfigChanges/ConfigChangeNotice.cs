namespace CapConduit.Telephony.ConfigChanges;

/// <summary>
/// "Something routing reads has changed": the API publishes it after a committed change to DIDs,
/// campaigns, links or clients; routing reloads its snapshot. Carries no data, only the hint to reload.
/// </summary>
/// <param name="Area">What changed, e.g. <see cref="Routing"/>.</param>
/// <param name="Reason">Free text for logs, e.g. "campaign 42 updated".</param>
public sealed record ConfigChangeNotice(string Area, DateTimeOffset ChangedAt, string? Reason)
{
    public const string Routing = "routing";
}
