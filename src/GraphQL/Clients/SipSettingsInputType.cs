using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>SIP configuration input; on update only the fields given change.</summary>
public sealed class SipSettingsInputType : InputObjectGraphType
{
    public SipSettingsInputType()
    {
        Name = "SipSettingsInput";
        Description = "A client's PJSIP configuration. On create, omitted fields take their defaults; on update, omitted fields keep their value.";
        Field<StringGraphType>("transport").Description("PJSIP transport name; null for Asterisk's default.");
        Field<StringGraphType>("context").Description("Dialplan context (default from-callcenter).");
        Field<StringGraphType>("allow").Description("Allowed codecs (default ulaw,alaw).");
        Field<StringGraphType>("disallow").Description("Disallowed codecs (default all).");
        Field<BooleanGraphType>("directMedia").Description("Direct media (default false).");
        Field<StringGraphType>("fromUser").Description("User part of the From header.");
        Field<StringGraphType>("fromDomain").Description("Domain of the From header.");
        Field<StringGraphType>("callerId").Description("Caller id presented to the client.");
        Field<StringGraphType>("contact").Description("SIP URI calls are sent to; required on create.");
        Field<IntGraphType>("maxContacts").Description("Maximum contacts of the AOR, at least 1 (default 1).");
        Field<IntGraphType>("qualifyFrequency").Description("Seconds between qualify requests, 0–86400 (default 60).");
        Field<SipCredentialsInputType>("credentials")
            .Description("Outbound credentials. Omit to keep the stored ones; null removes them.");
    }
}
