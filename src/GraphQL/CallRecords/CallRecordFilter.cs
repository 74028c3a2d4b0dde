using CapConduit.Persistence.CallRecords;

namespace CapConduit.Api.CallRecords;

/// <summary>
/// The <c>CallRecordFilter</c> input as clients send it. All conditions combine with AND; absent ones do not filter.
/// </summary>
public sealed class CallRecordFilter
{
    /// <summary>Records started at or after this instant.</summary>
    public DateTime? From { get; set; }

    /// <summary>Records started before this instant (exclusive).</summary>
    public DateTime? To { get; set; }

    /// <summary>First whole day, in the viewer's time zone.</summary>
    public DateOnly? FromDate { get; set; }

    /// <summary>Last whole day (inclusive), in the viewer's time zone.</summary>
    public DateOnly? ToDate { get; set; }

    public Guid? SellerId { get; set; }
    public Guid? CampaignId { get; set; }
    public Guid? DidId { get; set; }
    public Guid? ClientId { get; set; }
    public List<Disposition>? Dispositions { get; set; }

    /// <summary>Exact caller number.</summary>
    public string? CallerNumber { get; set; }

    /// <summary>Caller numbers starting with this text.</summary>
    public string? CallerNumberPrefix { get; set; }
}
