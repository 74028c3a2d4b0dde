using CapConduit.Persistence.Clients;
using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>A client's SIP configuration, read from Asterisk's realtime rows.</summary>
public sealed class SipSettingsType : ObjectGraphType<SipSettings>
{
    public SipSettingsType()
    {
        Name = "SipSettings";
        Description = "A client's PJSIP configuration, stored in Asterisk's ps_endpoints, ps_aors and ps_auths rows.";
        Field(s => s.Transport, nullable: true).Description("PJSIP transport name; null for Asterisk's default.");
        Field(s => s.Context).Description("Dialplan context of the endpoint.");
        Field(s => s.Allow).Description("Allowed codecs, comma-separated (default ulaw,alaw).");
        Field(s => s.Disallow).Description("Disallowed codecs (default all).");
        Field(s => s.DirectMedia).Description("Whether media may flow directly between the endpoints.");
        Field(s => s.FromUser, nullable: true).Description("User part of the From header.");
        Field(s => s.FromDomain, nullable: true).Description("Domain of the From header.");
        Field(s => s.CallerId, nullable: true).Description("Caller id presented to the client.");
        Field(s => s.Contact).Description("SIP URI calls are sent to.");
        Field(s => s.MaxContacts).Description("Maximum contacts of the AOR (at least 1).");
        Field(s => s.QualifyFrequency).Description("Seconds between OPTIONS qualify requests; 0 turns qualify off.");
        Field<SipCredentialsType>("credentials")
            .Description("Outbound credentials, or null when none are set.")
            .Resolve(ctx => ctx.Source.Credentials);
    }
}
