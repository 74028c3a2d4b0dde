using CapConduit.Telephony.LiveEvents;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL input <c>CallEventFilter</c>.</summary>
public sealed class CallEventFilterInputType : InputObjectGraphType
{
    public CallEventFilterInputType()
    {
        Name = "CallEventFilter";
        Description = "Narrows `callEvents`. Omitted or null lists do not filter; the lists are combined with AND.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sellerIds")
            .Description("Only these sellers' calls. Staff and admins only: a seller may name only themselves (FORBIDDEN otherwise).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("campaignIds").Description("Only calls of these campaigns.");
        Field<ListGraphType<NonNullGraphType<CallEventKindType>>>("types").Description("Only these event types.");
    }

    /// <summary>The filter argument as typed sets (null when not given).</summary>
    internal static (IReadOnlySet<Guid>? Sellers, IReadOnlySet<Guid>? Campaigns, IReadOnlySet<LiveEventType>? Types) Read(
        IDictionary<string, object?>? input)
    {
        if (input is null)
            return (null, null, null);
        return (Ids(input, "sellerIds"), Ids(input, "campaignIds"),
            input.TryGetValue("types", out var t) && t is IEnumerable<object?> types
                ? types.OfType<LiveEventType>().ToHashSet()
                : null);
    }

    private static HashSet<Guid>? Ids(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> ids
            ? ids.Select(id => id switch
            {
                Guid g => g,
                _ => Guid.TryParse(id?.ToString(), out var parsed) ? parsed : Guid.Empty,
            }).ToHashSet()
            : null;
}
