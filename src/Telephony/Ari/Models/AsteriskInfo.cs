namespace CapConduit.Telephony.Ari.Models;

/// <summary>GET /asterisk/info (asterisk.json "AsteriskInfo"); only the parts we read.</summary>
public sealed record AsteriskInfo(SystemInfo? System, ConfigInfo? Config, StatusInfo? Status);

public sealed record SystemInfo(string Version, string EntityId);

public sealed record ConfigInfo(string Name, string DefaultLanguage, int? MaxChannels);

public sealed record StatusInfo(DateTimeOffset StartupTime, DateTimeOffset LastReloadTime);
