using CapConduit.Api.Schema.Errors;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;

namespace CapConduit.Api.Schema.Relay;

/// <summary>Helpers turning Relay connection arguments into a keyset query and its rows into a connection.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>Reads first/after/last/before; <c>first</c> with <c>before</c> (or last with after) is refused.</summary>
    /// <exception cref="ApiBadInputException">Mixed directions, a negative size, or an invalid cursor.</exception>
    public static KeysetPage GetKeysetPage(this IResolveConnectionContext context, int defaultPageSize = 20)
    {
        ArgumentNullException.ThrowIfNull(context);
        var backward = context.Last is not null || context.Before is not null;
        if (backward && (context.First is not null || context.After is not null))
        {
            throw new ApiBadInputException("Use either first/after or last/before, not both.");
        }

        var size = (backward ? context.Last : context.First) ?? defaultPageSize;
        if (size < 0)
        {
            throw new ApiBadInputException($"The page size must not be negative; it is {size}.");
        }

        return new KeysetPage(Math.Min(size, PageSizeLimitRule.DefaultMaxPageSize), KeysetCursor.DecodeOrNull(backward ? context.Before : context.After), backward);
    }

    /// <summary>Builds the connection from up to <see cref="KeysetPage.Take"/> rows fetched in the page's direction.</summary>
    public static Connection<TNode> ToConnection<TNode>(
        this KeysetPage page, IReadOnlyList<TNode> rows, Func<TNode, KeysetCursor> cursorOf, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(cursorOf);
        var hasMore = rows.Count > page.Size;
        var shown = rows.Take(page.Size).ToList();
        if (page.Backward)
        {
            shown.Reverse();
        }

        var edges = shown.Select(n => new Edge<TNode> { Node = n, Cursor = cursorOf(n).Encode() }).ToList();
        return new Connection<TNode>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = !page.Backward && hasMore,
                HasPreviousPage = page.Backward && hasMore,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
