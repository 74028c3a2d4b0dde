using CapConduit.Api.Auth;
using CapConduit.Api.Schema.Errors;

namespace CapConduit.Api.CallRecords;

/// <summary>Applies the viewer's scope and time zone to a filter (PRODUCT.md §1: sellers see only their records).</summary>
public static class CallRecordCriteriaBuilder
{
    /// <exception cref="ApiForbiddenException">A seller asked for another seller's records.</exception>
    /// <exception cref="ApiBadInputException">An unknown time zone on the account, or a filter that cannot be read.</exception>
    public static CallRecordCriteria Build(Viewer viewer, CallRecordFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        filter ??= new CallRecordFilter();
        var seller = filter.SellerId;
        if (viewer.SellerScope is { } own)
        {
            // Forbidden rather than an empty result: the caller learns its filter is wrong, and nothing about the other seller.
            if (seller is { } asked && asked != own)
                throw new ApiForbiddenException("Sellers may read only their own call records; sellerId must be your own id or omitted.");
            seller = own;
        }

        if (filter.CallerNumberPrefix is { Length: 0 })
            throw new ApiBadInputException("callerNumberPrefix must not be empty; omit it to match every caller.");

        var zone = ViewerTimeZone.Find(viewer.TimeZone);
        var from = Later(ToUtc(filter.From), filter.FromDate is { } fd ? ViewerTimeZone.StartOfDay(fd, zone) : null);
        var to = Earlier(ToUtc(filter.To), filter.ToDate is { } td ? ViewerTimeZone.StartOfDay(td.AddDays(1), zone) : null);
        return new CallRecordCriteria
        {
            SellerId = seller,
            From = from,
            To = to,
            CampaignId = filter.CampaignId,
            DidId = filter.DidId,
            ClientId = filter.ClientId,
            Dispositions = filter.Dispositions?.Distinct().ToArray(),
            CallerNumber = filter.CallerNumber,
            CallerNumberPrefix = filter.CallerNumberPrefix,
        };
    }

    private static DateTimeOffset? ToUtc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } v => new DateTimeOffset(v, TimeSpan.Zero),
        { } v => new DateTimeOffset(v.ToUniversalTime(), TimeSpan.Zero),
    };

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);
}
