using CapConduit.Persistence.Clients;
using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>What sellers may see of a client: enough to pick it for a campaign link, nothing of its SIP setup.</summary>
public sealed class ClientSummaryType : ObjectGraphType<Client>
{
    public ClientSummaryType()
    {
        Name = "ClientSummary";
        Description = "A client as sellers see it: id, identifier, name and department only.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Client id.").Resolve(ctx => ctx.Source.Id);
        Field(c => c.Identifier).Description("Unique identifier, also the PJSIP endpoint id.");
        Field(c => c.Name).Description("Display name.");
        Field(c => c.Department, nullable: true).Description("Department within the client, if any.");
    }
}
