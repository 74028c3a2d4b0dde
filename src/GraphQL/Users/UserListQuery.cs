using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Users;

/// <summary>Filtering and keyset paging of the users list, ordered by lower-cased username (unique, so a total order).</summary>
internal static class UserListQuery
{
    public static IQueryable<User> Filter(IQueryable<User> users, UserFilter? filter)
    {
        if (filter?.Role is { } role)
            users = users.Where(u => u.Role == role);
        if (filter?.Status is { } status)
            users = users.Where(u => u.Status == status);
        if (!string.IsNullOrWhiteSpace(filter?.Search))
        {
            var pattern = "%" + EscapeLike(filter.Search.Trim()) + "%";
            users = users.Where(u => EF.Functions.ILike(u.Username, pattern) || EF.Functions.ILike(u.Email, pattern)
                || EF.Functions.ILike(u.FullName!, pattern) || EF.Functions.ILike(u.CompanyName!, pattern));
        }
        return users;
    }

    public static IQueryable<User> Page(IQueryable<User> users, KeysetPage page)
    {
        if (page.Cursor is { Text: null })
            throw new ApiBadInputException("The cursor was not made by the users list.");
        if (page.Cursor?.Text is { } key)
        {
            users = page.Backward
                ? users.Where(u => string.Compare(u.Username.ToLower(), key) < 0)
                : users.Where(u => string.Compare(u.Username.ToLower(), key) > 0);
        }
        var ordered = page.Backward ? users.OrderByDescending(u => u.Username.ToLower()) : users.OrderBy(u => u.Username.ToLower());
        return ordered.Take(page.Take);
    }

    public static KeysetCursor CursorOf(User user) =>
        KeysetCursor.FromString(user.Username.ToLowerInvariant(), user.Id.ToString());

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
