namespace CapConduit.Api.Schema.Relay;

/// <summary>What a keyset query must fetch for one Relay page.</summary>
/// <param name="Size">Rows the page shows.</param>
/// <param name="Cursor">Rows strictly after (forward) or before (backward) this cursor; null from the start/end.</param>
/// <param name="Backward">True for <c>last</c>/<c>before</c>: order descending, and the rows are reversed afterwards.</param>
public sealed record KeysetPage(int Size, KeysetCursor? Cursor, bool Backward)
{
    /// <summary>Rows to fetch: one more than the page, to learn whether another page exists.</summary>
    public int Take => Size + 1;
}
