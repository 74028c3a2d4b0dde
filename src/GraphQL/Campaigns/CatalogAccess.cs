using CapConduit.Api.Auth;
using CapConduit.Api.Schema.Errors;
using GraphQL;

namespace CapConduit.Api.Campaigns;

/// <summary>Who may change DIDs, campaigns and links (PRODUCT.md §1): admins, and sellers for their own objects.</summary>
public static class CatalogAccess
{
    /// <summary>Admins and sellers; staff read sellers' DIDs, campaigns and links but never change them.</summary>
    public static Viewer RequireSellerOrAdmin(this IResolveFieldContext context)
    {
        var viewer = context.RequireViewer();
        return viewer.Role == Persistence.Users.UserRole.Staff
            ? throw new ApiForbiddenException("Staff cannot change sellers' DIDs, campaigns or links.")
            : viewer;
    }
}
