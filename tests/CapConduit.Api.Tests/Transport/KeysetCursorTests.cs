using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;

namespace CapConduit.Api.Tests.Transport;

public sealed class KeysetCursorTests
{
    [Fact]
    public void Timestamp_cursor_round_trips()
    {
        var at = new DateTimeOffset(2026, 11, 23, 10, 15, 30, 123, TimeSpan.FromHours(2));

        var decoded = KeysetCursor.Decode(KeysetCursor.FromTimestamp(at, "42").Encode());

        Assert.Equal(at, decoded.Timestamp);
        Assert.Equal("42", decoded.Id);
        Assert.Null(decoded.Text);
    }

    [Theory]
    [InlineData("Acme | Buyers/%+=")]
    [InlineData("")]
    public void String_cursor_round_trips_any_text(string key)
    {
        var encoded = KeysetCursor.FromString(key, "7f1c").Encode();

        var decoded = KeysetCursor.Decode(encoded);

        Assert.Equal(key, decoded.Text);
        Assert.Equal("7f1c", decoded.Id);
        Assert.DoesNotContain('=', encoded);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("aGVsbG8")]
    [InlineData("djF8dHxub3QtdGlja3N8MQ")]
    public void Garbage_is_bad_user_input(string cursor)
    {
        var ex = Assert.Throws<ApiBadInputException>(() => KeysetCursor.Decode(cursor));

        Assert.Equal(ErrorCodes.BadUserInput, ex.Code);
    }
}
