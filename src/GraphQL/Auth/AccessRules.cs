using CapConduit.Api.Schema.Errors;
using GraphQL;

namespace CapConduit.Api.Auth;

/// <summary>Authorization checks resolvers call first; failures are GraphQL errors (UNAUTHENTICATED / FORBIDDEN).</summary>
public static class AccessRules
{
    public static Viewer RequireViewer(this IResolveFieldContext context) =>
        Viewer.From(context.User) ?? throw new ApiAuthenticationException();

    public static Viewer RequireAdmin(this IResolveFieldContext context)
    {
        var viewer = context.RequireViewer();
        return viewer.IsAdmin ? viewer : throw new ApiForbiddenException("Only admins may do this.");
    }

    public static Viewer RequireStaffOrAdmin(this IResolveFieldContext context)
    {
        var viewer = context.RequireViewer();
        return viewer.IsStaffOrAdmin ? viewer : throw new ApiForbiddenException("Only staff and admins may do this.");
    }

    /// <summary>True when the viewer may see or change objects owned by <paramref name="ownerId"/>.</summary>
    public static bool CanAccessOwnedBy(this Viewer viewer, Guid ownerId) =>
        viewer.SellerScope is not { } seller || seller == ownerId;
}
