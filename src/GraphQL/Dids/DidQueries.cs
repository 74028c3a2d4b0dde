using CapConduit.Api.Auth;
using CapConduit.Api.Clients;
using CapConduit.Api.Schema;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using CapConduit.Persistence.Dids;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Dids;

/// <summary>DID reads: sellers see their own, staff and admins all.</summary>
public static class DidQueries
{
    public static void AddDidQueries(this QueryType query)
    {
        query.Connection<DidType, EdgeType<DidType>, NodesConnectionType<DidType>>("dids")
            .Description("DIDs ordered by number. Sellers see only their own.")
            .Bidirectional()
            .Argument<DidStatusType>("status", "Only DIDs with this status.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                var page = ctx.GetKeysetPage();
                await using var db = await ClientLoaders.Factory(ctx).CreateDbContextAsync(ctx.CancellationToken);
                var filtered = db.Dids.AsNoTracking();
                if (viewer.SellerScope is { } seller)
                    filtered = filtered.Where(d => d.OwnerId == seller);
                if (ctx.GetArgument<DidStatus?>("status") is { } status)
                    filtered = filtered.Where(d => d.Status == status);

                var rows = filtered;
                if (page.Cursor is { } cursor)
                {
                    var (number, id) = (cursor.Text ?? throw new ApiBadInputException("This cursor belongs to another list."), ClientQueries.ParseId(cursor.Id));
                    rows = page.Backward
                        ? rows.Where(d => EF.Functions.LessThan(ValueTuple.Create(d.Number, d.Id), ValueTuple.Create(number, id)))
                        : rows.Where(d => EF.Functions.GreaterThan(ValueTuple.Create(d.Number, d.Id), ValueTuple.Create(number, id)));
                }

                rows = page.Backward ? rows.OrderByDescending(d => d.Number).ThenByDescending(d => d.Id) : rows.OrderBy(d => d.Number).ThenBy(d => d.Id);
                var list = await rows.Take(page.Take).ToListAsync(ctx.CancellationToken);
                var total = await ClientQueries.CountIfSelectedAsync(ctx, filtered);
                return page.ToConnection(list, d => KeysetCursor.FromString(d.Number, d.Id.ToString()), total);
            });

        query.Field<DidType>("did")
            .Description("One DID by id; null when it does not exist or belongs to another seller.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "DID id.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                if (!Guid.TryParse(ctx.GetArgument<string>("id"), out var id))
                    return null;
                var did = await DidLoaders.ById(ctx).Load(id).GetResultAsync(ctx.CancellationToken);
                return did is not null && viewer.CanAccessOwnedBy(did.OwnerId) ? did : null;
            });
    }
}
