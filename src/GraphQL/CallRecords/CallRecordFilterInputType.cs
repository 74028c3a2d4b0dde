using GraphQL.Types;

namespace CapConduit.Api.CallRecords;

/// <summary>GraphQL input type of <see cref="CallRecordFilter"/>, shared by <c>callRecords</c> and <c>callStats</c>.</summary>
public sealed class CallRecordFilterInputType : InputObjectGraphType<CallRecordFilter>
{
    public CallRecordFilterInputType()
    {
        Name = "CallRecordFilter";
        Description = "Which call records to read. Every condition given must hold; omitted ones do not filter.";
        Field(f => f.From, type: typeof(DateTimeGraphType))
            .Description("Only records started at or after this instant (ISO 8601 with offset; without one it is UTC).");
        Field(f => f.To, type: typeof(DateTimeGraphType))
            .Description("Only records started before this instant (exclusive).");
        Field(f => f.FromDate, type: typeof(DateOnlyGraphType))
            .Description("Only records started on or after this day, midnight in the viewer's time zone.");
        Field(f => f.ToDate, type: typeof(DateOnlyGraphType))
            .Description("Only records started on or before this day (whole day, inclusive) in the viewer's time zone.");
        Field(f => f.SellerId, type: typeof(IdGraphType))
            .Description("Only this seller's records. Admins and staff only: a seller naming any other seller gets FORBIDDEN.");
        Field(f => f.CampaignId, type: typeof(IdGraphType)).Description("Only calls routed by this campaign.");
        Field(f => f.DidId, type: typeof(IdGraphType)).Description("Only calls to this DID.");
        Field(f => f.ClientId, type: typeof(IdGraphType)).Description("Only calls that ended with this client.");
        Field(f => f.Dispositions, type: typeof(ListGraphType<NonNullGraphType<DispositionType>>))
            .Description("Only calls with one of these dispositions; an empty list matches nothing.");
        Field(f => f.CallerNumber, nullable: true).Description("Only calls from exactly this caller number.");
        Field(f => f.CallerNumberPrefix, nullable: true)
            .Description("Only calls whose caller number starts with this text, e.g. \"+1212\".");
    }
}
