using CapConduit.Api.DataLoading;
using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Schema.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Api.Tests.Transport.TestHost;

/// <summary>A tiny schema exercising every transport path: errors, limits, loaders, subscriptions.</summary>
public sealed class TestSchema : GraphQL.Types.Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
        Subscription = new TestSubscription();
    }
}

public sealed class NodeType : ObjectGraphType<int>
{
    public NodeType()
    {
        Name = "Node";
        Field<IntGraphType>("value").Resolve(ctx => ctx.Source);
        Field<NodeType>("child").Resolve(ctx => ctx.Source + 1);
    }
}

public sealed class ThingType : ObjectGraphType<int>
{
    public ThingType()
    {
        Name = "Thing";
        Field<IntGraphType>("id").Resolve(ctx => ctx.Source);
        Field<StringGraphType>("label").Resolve(ctx =>
        {
            var counter = ctx.RequestServices!.GetRequiredService<BatchCounter>();
            var cache = RequestLoaderCache.Of(ctx);
            return cache.GetOrAdd<int, string>("labels", counter.FetchAsync).Load(ctx.Source);
        });
    }
}

public sealed class TestQuery : ObjectGraphType
{
    private static KeysetCursor CursorOf(int n) =>
        KeysetCursor.FromString($"n{n:D4}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello").Argument<StringGraphType>("name")
            .Resolve(ctx => $"Hello, {ctx.GetArgument("name", "world")}");
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret-internal-detail"));
        Field<StringGraphType>("forbidden").Resolve(_ => throw new ApiForbiddenException());
        Field<StringGraphType>("unauthenticated").Resolve(_ => throw new ApiAuthenticationException());
        Field<StringGraphType>("missing").Resolve(_ => throw new ApiNotFoundException("No such thing."));
        Field<StringGraphType>("cursorId").Argument<NonNullGraphType<StringGraphType>>("cursor")
            .Resolve(ctx => KeysetCursor.Decode(ctx.GetArgument<string>("cursor")).Id);
        Field<StringGraphType>("slow").ResolveAsync(async ctx =>
        {
            // Never finishes on its own: only the execution timeout ends it.
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return "late";
        });
        Field<ListGraphType<IntGraphType>>("items")
            .Argument<IntGraphType>("first").Argument<IntGraphType>("last")
            .Resolve(ctx => Enumerable.Range(1, ctx.GetArgument("first", ctx.GetArgument("last", 3))).ToList());
        Field<NodeType>("node").Resolve(_ => 0);
        Connection<IntGraphType, GraphQL.Types.Relay.EdgeType<IntGraphType>, NodesConnectionType<IntGraphType>>("numbers")
            .Bidirectional()
            .Resolve(ctx =>
            {
                // Keyset over 1..250 ordered by (text key, id), as a SQL query would do it.
                var page = ctx.GetKeysetPage(defaultPageSize: 10);
                var after = page.Cursor is { } c ? int.Parse(c.Id, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
                var all = Enumerable.Range(1, 250);
                var rows = page.Backward
                    ? all.Where(n => after is null || n < after).OrderDescending().Take(page.Take).ToList()
                    : all.Where(n => after is null || n > after).Take(page.Take).ToList();
                return page.ToConnection(rows, CursorOf, totalCount: 250);
            });
        Field<ListGraphType<ThingType>>("things").Argument<NonNullGraphType<IntGraphType>>("count")
            .Resolve(ctx => Enumerable.Range(1, ctx.GetArgument<int>("count")).ToList());
    }
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<StringGraphType>("echo").Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(ctx => ctx.GetArgument<string>("text"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("rename")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(ctx => ctx.GetArgument<string>("name").Length == 0
                ? new[] { new UserError("NAME_REQUIRED", "A name is required.", ["input", "name"]) }
                : Array.Empty<UserError>());
    }
}

public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription()
    {
        Name = "Subscription";
        Field<IntGraphType>("ticks").Argument<NonNullGraphType<IntGraphType>>("count")
            .ResolveStream(ctx => new SequenceObservable(
                Enumerable.Range(1, ctx.GetArgument<int>("count")).Cast<object?>().ToList()));
        Field<StringGraphType>("events")
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<EventHub>().AsObservable());
    }
}
