using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>Input of <c>updateClient</c>: only the fields given change.</summary>
public sealed class UpdateClientInputType : InputObjectGraphType
{
    public UpdateClientInputType()
    {
        Name = "UpdateClientInput";
        Description = "Changes to a client. Fields left out keep their value; the identifier cannot change.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Client to change.");
        Field<StringGraphType>("name").Description("New display name.");
        Field<StringGraphType>("department").Description("New department; null clears it.");
        Field<ClientStatusType>("status").Description("New status.");
        Field<StringGraphType>("notes").Description("New notes; null clears them.");
        Field<SipSettingsInputType>("sip").Description("SIP fields to change; others (including credentials) are kept.");
    }
}
