using CapConduit.Telephony.Routing;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL enum <c>SkipReason</c>.</summary>
public sealed class SkipReasonType : EnumerationGraphType<SkipReason>
{
    public SkipReasonType()
    {
        Name = "SkipReason";
        Description = "Why routing leaves a campaign's link out (PRODUCT.md §5.2 and §5.4): LINK_INACTIVE, CLIENT_INACTIVE, " +
            "NO_CONTACT (the client's AOR has no contact URI), TOTAL_CAP_USED (answered plus in-flight calls reach the total cap), " +
            "CONCURRENCY_FULL (live calls reach max concurrency).";
    }
}
