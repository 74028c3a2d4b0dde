using CapConduit.Api.CallRecords;
using CapConduit.Api.Schema.Errors;

namespace CapConduit.Api.Tests.CallRecords;

public sealed class ViewerTimeZoneTests
{
    [Theory]
    [InlineData("UTC", "2026-01-15", "2026-01-15T00:00:00+00:00")]
    [InlineData("America/New_York", "2026-01-15", "2026-01-15T05:00:00+00:00")]
    [InlineData("America/New_York", "2026-07-15", "2026-07-15T04:00:00+00:00")]
    [InlineData("Asia/Kolkata", "2026-01-15", "2026-01-14T18:30:00+00:00")]
    // Santiago skips 00:00-00:59 on 2026-09-06 (clocks go from 24:00 to 01:00): the day starts at 01:00 local, UTC-3.
    [InlineData("America/Santiago", "2026-09-06", "2026-09-06T04:00:00+00:00")]
    public void A_day_starts_at_local_midnight_or_the_first_local_time_that_exists(string zone, string day, string expected)
    {
        var start = ViewerTimeZone.StartOfDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), ViewerTimeZone.Find(zone));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
    }

    [Fact]
    public void An_unknown_zone_is_bad_input_naming_the_zone()
    {
        var error = Assert.Throws<ApiBadInputException>(() => ViewerTimeZone.Find("Mars/Olympus_Mons"));

        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }
}
