using CapConduit.Persistence.CallRecords;
using GraphQL.Types;

namespace CapConduit.Api.CallRecords;

/// <summary>GraphQL enum of <see cref="Disposition"/>; values are the SCREAMING_SNAKE names stored in the database.</summary>
public sealed class DispositionType : EnumerationGraphType<Disposition>
{
    public DispositionType()
    {
        Name = "Disposition";
        Description = "How an inbound call ended (PRODUCT.md §6).";
    }
}

/// <summary>GraphQL enum of <see cref="RejectReason"/>.</summary>
public sealed class RejectReasonType : EnumerationGraphType<RejectReason>
{
    public RejectReasonType()
    {
        Name = "RejectReason";
        Description = "Why routing refused a call before dialing any client (PRODUCT.md §5.1).";
    }
}

/// <summary>GraphQL enum of <see cref="AttemptResult"/>.</summary>
public sealed class AttemptResultType : EnumerationGraphType<AttemptResult>
{
    public AttemptResultType()
    {
        Name = "AttemptResult";
        Description = "How one dial of one client ended.";
    }
}
