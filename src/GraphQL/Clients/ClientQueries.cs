using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using CapConduit.Persistence.Clients;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Clients;

/// <summary>Client reads: full clients for staff and admins, summaries of active clients for sellers.</summary>
public static class ClientQueries
{
    public static void AddClientQueries(this QueryType query)
    {
        query.Connection<ClientType, EdgeType<ClientType>, NodesConnectionType<ClientType>>("clients")
            .Description("Clients ordered by name (staff and admins).")
            .Bidirectional()
            .Argument<ClientStatusType>("status", "Only clients with this status.")
            .Argument<StringGraphType>("text", "Only clients whose identifier, name or department contains this text (case-insensitive).")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireStaffOrAdmin();
                var status = ctx.GetArgument<ClientStatus?>("status");
                var text = ctx.GetArgument<string?>("text");
                return await PageAsync(ctx, status, text);
            });

        query.Connection<ClientSummaryType, EdgeType<ClientSummaryType>, NodesConnectionType<ClientSummaryType>>("availableClients")
            .Description("Active clients a campaign may link to, ordered by name; any signed-in user. Shows no SIP configuration.")
            .Bidirectional()
            .ResolveAsync(async ctx =>
            {
                ctx.RequireViewer();
                return await PageAsync(ctx, ClientStatus.Active, null);
            });

        query.Field<ClientType>("client")
            .Description("One client by id (staff and admins); null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Client id.")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireStaffOrAdmin();
                return Guid.TryParse(ctx.GetArgument<string>("id"), out var id)
                    ? await ClientLoaders.ById(ctx).Load(id).GetResultAsync(ctx.CancellationToken)
                    : null;
            });
    }

    private static async Task<object?> PageAsync(IResolveConnectionContext<object?> ctx, ClientStatus? status, string? text)
    {
        var page = ctx.GetKeysetPage();
        await using var db = await ClientLoaders.Factory(ctx).CreateDbContextAsync(ctx.CancellationToken);
        var filtered = db.Clients.AsNoTracking();
        if (status is { } s)
            filtered = filtered.Where(c => c.Status == s);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            filtered = filtered.Where(c => EF.Functions.ILike(c.Identifier, pattern) || EF.Functions.ILike(c.Name, pattern)
                || (c.Department != null && EF.Functions.ILike(c.Department, pattern)));
        }

        var rows = filtered;
        if (page.Cursor is { } cursor)
        {
            var (name, id) = (cursor.Text ?? throw new ApiBadInputException("This cursor belongs to another list."), ParseId(cursor.Id));
            rows = page.Backward
                ? rows.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.Name, c.Id), ValueTuple.Create(name, id)))
                : rows.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.Name, c.Id), ValueTuple.Create(name, id)));
        }

        rows = page.Backward ? rows.OrderByDescending(c => c.Name).ThenByDescending(c => c.Id) : rows.OrderBy(c => c.Name).ThenBy(c => c.Id);
        var list = await rows.Take(page.Take).ToListAsync(ctx.CancellationToken);
        var total = await ClientQueries.CountIfSelectedAsync(ctx, filtered);
        return page.ToConnection(list, c => KeysetCursor.FromString(c.Name, c.Id.ToString()), total);
    }

    /// <summary>Counts the filtered rows only when the query selected <c>totalCount</c>, saving a query otherwise.</summary>
    internal static async Task<int?> CountIfSelectedAsync<T>(IResolveFieldContext ctx, IQueryable<T> filtered) =>
        ctx.SubFields?.ContainsKey("totalCount") == true ? await filtered.CountAsync(ctx.CancellationToken) : null;

    internal static Guid ParseId(string id) =>
        Guid.TryParse(id, out var guid) ? guid : throw new ApiBadInputException($"The cursor id '{id}' is not valid.");
}
