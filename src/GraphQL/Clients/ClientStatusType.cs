using GraphQL.Types;
using PersistedStatus = CapConduit.Persistence.Clients.ClientStatus;

namespace CapConduit.Api.Clients;

/// <summary>GraphQL enum <c>ClientStatus</c>.</summary>
public sealed class ClientStatusType : EnumerationGraphType<PersistedStatus>
{
    public ClientStatusType()
    {
        Name = "ClientStatus";
        Description = "Whether a client receives calls. Inactive clients are skipped by routing.";
    }
}
