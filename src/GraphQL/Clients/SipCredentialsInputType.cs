using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>Outbound SIP credentials input; the password is write-only.</summary>
public sealed class SipCredentialsInputType : InputObjectGraphType
{
    public SipCredentialsInputType()
    {
        Name = "SipCredentialsInput";
        Description = "Outbound credentials. The password is write-only: omit it to keep the stored one.";
        Field<NonNullGraphType<StringGraphType>>("username").Description("SIP user name (at most 40 characters).");
        Field<StringGraphType>("password").Description("SIP password (at most 80 characters); required when none is stored.");
        Field<StringGraphType>("realm").Description("SIP realm; omit to keep, null to clear.");
    }
}
