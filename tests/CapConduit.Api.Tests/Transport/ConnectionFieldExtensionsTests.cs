using CapConduit.Api.Schema.Relay;

namespace CapConduit.Api.Tests.Transport;

public sealed class ConnectionFieldExtensionsTests
{
    private static KeysetCursor CursorOf(int n) => KeysetCursor.FromString($"k{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Forward_page_with_an_extra_row_has_a_next_page()
    {
        var page = new KeysetPage(2, null, Backward: false);

        var connection = page.ToConnection([1, 2, 3], CursorOf, totalCount: 10);

        Assert.Equal([1, 2], connection.Edges!.Select(e => e.Node));
        Assert.True(connection.PageInfo!.HasNextPage);
        Assert.False(connection.PageInfo.HasPreviousPage);
        Assert.Equal("2", KeysetCursor.Decode(connection.PageInfo.EndCursor!).Id);
        Assert.Equal(10, connection.TotalCount);
    }

    [Fact]
    public void Backward_page_is_returned_in_ascending_order()
    {
        var page = new KeysetPage(2, KeysetCursor.FromString("k9", "9"), Backward: true);

        // Fetched descending (newest first) for a backward page.
        var connection = page.ToConnection([8, 7, 6], CursorOf);

        Assert.Equal([7, 8], connection.Edges!.Select(e => e.Node));
        Assert.True(connection.PageInfo!.HasPreviousPage);
        Assert.False(connection.PageInfo.HasNextPage);
        Assert.Equal("7", KeysetCursor.Decode(connection.PageInfo.StartCursor!).Id);
    }

    [Fact]
    public void Last_page_has_no_next_page()
    {
        var connection = new KeysetPage(5, null, Backward: false).ToConnection([1, 2], CursorOf);

        Assert.False(connection.PageInfo!.HasNextPage);
        Assert.Equal(2, connection.Edges!.Count);
    }
}
