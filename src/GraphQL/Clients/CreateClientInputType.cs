using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>Input of <c>createClient</c>.</summary>
public sealed class CreateClientInputType : InputObjectGraphType
{
    public CreateClientInputType()
    {
        Name = "CreateClientInput";
        Description = "A new client and its SIP configuration.";
        Field<NonNullGraphType<StringGraphType>>("identifier").Description("Unique, 1–40 characters of A-Za-z0-9_.-; becomes the PJSIP endpoint id. Cannot change later.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<StringGraphType>("department").Description("Department within the client.");
        Field<ClientStatusType>("status").Description("Initial status (default ACTIVE).");
        Field<StringGraphType>("notes").Description("Free-form notes.");
        Field<NonNullGraphType<SipSettingsInputType>>("sip").Description("SIP configuration; contact is required.");
    }
}
