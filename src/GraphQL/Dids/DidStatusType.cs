using GraphQL.Types;
using PersistedStatus = CapConduit.Persistence.Dids.DidStatus;

namespace CapConduit.Api.Dids;

/// <summary>GraphQL enum <c>DidStatus</c>.</summary>
public sealed class DidStatusType : EnumerationGraphType<PersistedStatus>
{
    public DidStatusType()
    {
        Name = "DidStatus";
        Description = "Whether calls to a DID are routed. Calls to an inactive DID are rejected with DID_INACTIVE.";
    }
}
