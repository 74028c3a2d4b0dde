using CapConduit.Persistence.Clients;
using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>A client (call center) with its SIP configuration, for staff and admins.</summary>
public sealed class ClientType : ObjectGraphType<Client>
{
    public ClientType()
    {
        Name = "Client";
        Description = "A call center that buys calls (a PJSIP endpoint). Visible to staff and admins.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Client id.").Resolve(ctx => ctx.Source.Id);
        Field(c => c.Identifier).Description("Unique identifier (1–40 of A-Za-z0-9_.-); also the PJSIP endpoint and AOR id.");
        Field(c => c.Name).Description("Display name.");
        Field(c => c.Department, nullable: true).Description("Department within the client, if any.");
        Field<NonNullGraphType<ClientStatusType>>("status").Description("ACTIVE clients receive calls.").Resolve(ctx => ctx.Source.Status);
        Field(c => c.Notes, nullable: true).Description("Free-form notes.");
        Field<IdGraphType>("createdById").Description("Id of the user who created the client, if still known.").Resolve(ctx => ctx.Source.CreatedById);
        Field(c => c.CreatedAt).Description("When the client was created.");
        Field(c => c.UpdatedAt).Description("When the client was last changed.");
        Field<SipSettingsType>("sip")
            .Description("SIP configuration from Asterisk's realtime tables; null if its rows are missing.")
            .Resolve(ctx => ClientLoaders.Sip(ctx).Load(ctx.Source.Identifier));
    }
}
