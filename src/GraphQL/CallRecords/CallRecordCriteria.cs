using CapConduit.Persistence.CallRecords;

namespace CapConduit.Api.CallRecords;

/// <summary>
/// A <see cref="CallRecordFilter"/> checked against the viewer and turned into plain SQL conditions: the seller scope
/// applied, whole days converted to UTC instants in the viewer's time zone.
/// </summary>
public sealed record CallRecordCriteria
{
    public Guid? SellerId { get; init; }

    /// <summary>Inclusive lower bound on started_at.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive upper bound on started_at.</summary>
    public DateTimeOffset? To { get; init; }

    public Guid? CampaignId { get; init; }
    public Guid? DidId { get; init; }
    public Guid? ClientId { get; init; }
    public IReadOnlyList<Disposition>? Dispositions { get; init; }
    public string? CallerNumber { get; init; }
    public string? CallerNumberPrefix { get; init; }
}
