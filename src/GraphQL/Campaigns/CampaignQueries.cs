using CapConduit.Api.Auth;
using CapConduit.Api.Clients;
using CapConduit.Api.Schema;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using CapConduit.Persistence.Campaigns;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Campaigns;

/// <summary>Campaign reads: sellers see their own, staff and admins all.</summary>
public static class CampaignQueries
{
    public static void AddCampaignQueries(this QueryType query)
    {
        query.Connection<CampaignType, EdgeType<CampaignType>, NodesConnectionType<CampaignType>>("campaigns")
            .Description("Campaigns ordered by name. Sellers see only their own.")
            .Bidirectional()
            .Argument<CampaignStatusType>("status", "Only campaigns with this status.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                var page = ctx.GetKeysetPage();
                await using var db = await ClientLoaders.Factory(ctx).CreateDbContextAsync(ctx.CancellationToken);
                var filtered = db.Campaigns.AsNoTracking();
                if (viewer.SellerScope is { } seller)
                    filtered = filtered.Where(c => c.OwnerId == seller);
                if (ctx.GetArgument<CampaignStatus?>("status") is { } status)
                    filtered = filtered.Where(c => c.Status == status);

                var rows = filtered;
                if (page.Cursor is { } cursor)
                {
                    var (name, id) = (cursor.Text ?? throw new ApiBadInputException("This cursor belongs to another list."), ClientQueries.ParseId(cursor.Id));
                    rows = page.Backward
                        ? rows.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.Name, c.Id), ValueTuple.Create(name, id)))
                        : rows.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.Name, c.Id), ValueTuple.Create(name, id)));
                }

                rows = page.Backward ? rows.OrderByDescending(c => c.Name).ThenByDescending(c => c.Id) : rows.OrderBy(c => c.Name).ThenBy(c => c.Id);
                var list = await rows.Take(page.Take).ToListAsync(ctx.CancellationToken);
                var total = await ClientQueries.CountIfSelectedAsync(ctx, filtered);
                return page.ToConnection(list, c => KeysetCursor.FromString(c.Name, c.Id.ToString()), total);
            });

        query.Field<CampaignType>("campaign")
            .Description("One campaign by id; null when it does not exist or belongs to another seller.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Campaign id.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                if (!Guid.TryParse(ctx.GetArgument<string>("id"), out var id))
                    return null;
                var campaign = await CampaignLoaders.ById(ctx).Load(id).GetResultAsync(ctx.CancellationToken);
                return campaign is not null && viewer.CanAccessOwnedBy(campaign.OwnerId) ? campaign : null;
            });
    }
}
