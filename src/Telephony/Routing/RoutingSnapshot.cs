using System.Collections.Frozen;

namespace CapConduit.Telephony.Routing;

/// <summary>
/// Immutable in-memory view of DIDs → active campaign → links → clients. Built whole by a loader and
/// swapped atomically, so one call never sees half an update.
/// </summary>
public sealed class RoutingSnapshot
{
    private readonly FrozenDictionary<string, RoutingDid> _byNumber;

    public RoutingSnapshot(IEnumerable<RoutingDid> dids, DateTimeOffset loadedAt)
    {
        ArgumentNullException.ThrowIfNull(dids);
        _byNumber = dids.ToFrozenDictionary(d => NormalizeNumber(d.Number), StringComparer.Ordinal);
        LoadedAt = loadedAt;
    }

    public static RoutingSnapshot Empty { get; } = new([], DateTimeOffset.MinValue);

    public DateTimeOffset LoadedAt { get; }

    public IReadOnlyCollection<RoutingDid> Dids => _byNumber.Values;

    /// <summary>Finds a DID by the dialled number; Asterisk may present it with or without the leading '+' (PRODUCT §3).</summary>
    public bool TryFindDid(string dialedNumber, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RoutingDid? did) =>
        _byNumber.TryGetValue(NormalizeNumber(dialedNumber), out did);

    /// <summary>The lookup form of a number: trimmed, with exactly one leading '+'.</summary>
    public static string NormalizeNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var trimmed = number.Trim();
        return trimmed.StartsWith('+') ? trimmed : "+" + trimmed;
    }
}
