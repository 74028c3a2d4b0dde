using CapConduit.Persistence.Clients;
using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>Outbound SIP credentials as the API shows them: the password is write-only.</summary>
public sealed class SipCredentialsType : ObjectGraphType<SipCredentials>
{
    public SipCredentialsType()
    {
        Name = "SipCredentials";
        Description = "Outbound credentials Asterisk presents to the client (ps_auths). The password is never returned.";
        Field(c => c.Username).Description("SIP user name.");
        Field(c => c.Realm, nullable: true).Description("SIP realm, if set.");
        Field<NonNullGraphType<BooleanGraphType>>("hasPassword")
            .Description("True when a password is stored.")
            .Resolve(ctx => !string.IsNullOrEmpty(ctx.Source.Password));
    }
}
