using CapConduit.Api.Schema.Errors;

namespace CapConduit.Api.CallRecords;

/// <summary>Day boundaries in a viewer's IANA time zone (PRODUCT.md §1: used for day boundaries in reports).</summary>
public static class ViewerTimeZone
{
    /// <exception cref="ApiBadInputException">The zone id is not a known IANA time zone.</exception>
    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "UTC" : id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ApiBadInputException($"The account's time zone '{id}' is not a known IANA time zone; change timeZone on the user.", ex);
        }
    }

    /// <summary>
    /// The instant the day begins in <paramref name="zone"/>. Where a DST change skips local midnight (e.g.
    /// America/Santiago), the day begins at the first local time that exists.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        for (var i = 0; i < 4 * 24 && zone.IsInvalidTime(local); i++)
            local = local.AddMinutes(15);

        // An ambiguous midnight (clocks set back over it) begins at its earlier occurrence, i.e. the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
