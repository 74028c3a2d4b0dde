using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using CapConduit.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Users;

/// <summary>Adds <c>me</c>, <c>users</c> and <c>user(id)</c> to the root query.</summary>
public static class UserQueries
{
    public static QueryType AddUserQueries(this QueryType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<UserType>>("me")
            .Description("The signed-in user. Any role; UNAUTHENTICATED without a valid access token.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                // The token check has just read this user; the cache spares a second round trip.
                return await ctx.RequestServices!.GetRequiredService<CurrentUserCache>().GetAsync(viewer.UserId, ctx.CancellationToken)
                    ?? throw new ApiAuthenticationException("The signed-in user no longer exists.");
            });

        query.Field<UserType>("user")
            .Description("One user by id (admins and staff), or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the user.")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireStaffOrAdmin();
                if (!Guid.TryParse(ctx.GetArgument<string>("id"), out var id))
                    return null;
                await using var db = await Contexts(ctx).CreateDbContextAsync(ctx.CancellationToken);
                return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ctx.CancellationToken);
            });

        query.Connection<UserType, UserEdgeType, UserConnectionType>("users")
            .Description("Users ordered by username (ignoring case); admins and staff only.")
            .Bidirectional()
            .Configure(f => f.Type = typeof(NonNullGraphType<UserConnectionType>))
            .Argument<UserFilterInputType>("filter", "Only users matching all of these.")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireStaffOrAdmin();
                var page = ctx.GetKeysetPage();
                var filter = ctx.GetArgument<UserFilter?>("filter");
                await using var db = await Contexts(ctx).CreateDbContextAsync(ctx.CancellationToken);
                var filtered = UserListQuery.Filter(db.Users.AsNoTracking(), filter);
                var total = await filtered.CountAsync(ctx.CancellationToken);
                var rows = await UserListQuery.Page(filtered, page).ToListAsync(ctx.CancellationToken);
                return page.ToConnection(rows, UserListQuery.CursorOf, total);
            });
        return query;
    }

    private static IDbContextFactory<CapConduitDbContext> Contexts(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<IDbContextFactory<CapConduitDbContext>>();
}
