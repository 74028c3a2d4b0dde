using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace CapConduit.Persistence.AsteriskRealtime;

/// <summary>Maps Asterisk's realtime enum types so EF Core and Npgsql read and write them natively.</summary>
public static class AsteriskEnums
{
    public static NpgsqlDbContextOptionsBuilder MapAsteriskEnums(this NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql
            .MapEnum<AstBool>("ast_bool_values")
            .MapEnum<Pjsip100rel>("pjsip_100rel_values_v2")
            .MapEnum<PjsipAuthType>("pjsip_auth_type_values_v2")
            .MapEnum<PjsipCidPrivacy>("pjsip_cid_privacy_values")
            .MapEnum<PjsipConnectedLineMethod>("pjsip_connected_line_method_values")
            .MapEnum<PjsipDirectMediaGlareMitigation>("pjsip_direct_media_glare_mitigation_values")
            .MapEnum<PjsipDtlsSetup>("pjsip_dtls_setup_values")
            .MapEnum<PjsipDtmfMode>("pjsip_dtmf_mode_values_v3")
            .MapEnum<PjsipIncomingCallOfferPref>("pjsip_incoming_call_offer_pref_values")
            .MapEnum<PjsipMediaEncryption>("pjsip_media_encryption_values")
            .MapEnum<PjsipOutgoingCallOfferPref>("pjsip_outgoing_call_offer_pref_values")
            .MapEnum<PjsipRedirectMethod>("pjsip_redirect_method_values")
            .MapEnum<PjsipT38udptlEc>("pjsip_t38udptl_ec_values")
            .MapEnum<PjsipTimer>("pjsip_timer_values")
            .MapEnum<SecurityNegotiation>("security_negotiation_values")
            .MapEnum<ShaHash>("sha_hash_values");
}
