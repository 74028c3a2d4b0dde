using NpgsqlTypes;

namespace CapConduit.Persistence.AsteriskRealtime;

// Asterisk's own PostgreSQL enum types for the PJSIP realtime tables, labels exactly as Asterisk 22 creates them
// (contrib/realtime/postgresql/postgresql_config.sql). Registered with Npgsql by AsteriskEnums.MapAsteriskEnums.

/// <summary>PostgreSQL enum <c>ast_bool_values</c>.</summary>
public enum AstBool
{
    [PgName("0")] Zero,
    [PgName("1")] One,
    [PgName("off")] Off,
    [PgName("on")] On,
    [PgName("false")] False,
    [PgName("true")] True,
    [PgName("no")] No,
    [PgName("yes")] Yes,
}

/// <summary>PostgreSQL enum <c>pjsip_100rel_values_v2</c>.</summary>
public enum Pjsip100rel
{
    [PgName("no")] No,
    [PgName("required")] Required,
    [PgName("peer_supported")] PeerSupported,
    [PgName("yes")] Yes,
}

/// <summary>PostgreSQL enum <c>pjsip_auth_type_values_v2</c>.</summary>
public enum PjsipAuthType
{
    [PgName("md5")] Md5,
    [PgName("userpass")] Userpass,
    [PgName("google_oauth")] GoogleOauth,
}

/// <summary>PostgreSQL enum <c>pjsip_cid_privacy_values</c>.</summary>
public enum PjsipCidPrivacy
{
    [PgName("allowed_not_screened")] AllowedNotScreened,
    [PgName("allowed_passed_screened")] AllowedPassedScreened,
    [PgName("allowed_failed_screened")] AllowedFailedScreened,
    [PgName("allowed")] Allowed,
    [PgName("prohib_not_screened")] ProhibNotScreened,
    [PgName("prohib_passed_screened")] ProhibPassedScreened,
    [PgName("prohib_failed_screened")] ProhibFailedScreened,
    [PgName("prohib")] Prohib,
    [PgName("unavailable")] Unavailable,
}

/// <summary>PostgreSQL enum <c>pjsip_connected_line_method_values</c>.</summary>
public enum PjsipConnectedLineMethod
{
    [PgName("invite")] Invite,
    [PgName("reinvite")] Reinvite,
    [PgName("update")] Update,
}

/// <summary>PostgreSQL enum <c>pjsip_direct_media_glare_mitigation_values</c>.</summary>
public enum PjsipDirectMediaGlareMitigation
{
    [PgName("none")] None,
    [PgName("outgoing")] Outgoing,
    [PgName("incoming")] Incoming,
}

/// <summary>PostgreSQL enum <c>pjsip_dtls_setup_values</c>.</summary>
public enum PjsipDtlsSetup
{
    [PgName("active")] Active,
    [PgName("passive")] Passive,
    [PgName("actpass")] Actpass,
}

/// <summary>PostgreSQL enum <c>pjsip_dtmf_mode_values_v3</c>.</summary>
public enum PjsipDtmfMode
{
    [PgName("rfc4733")] Rfc4733,
    [PgName("inband")] Inband,
    [PgName("info")] Info,
    [PgName("auto")] Auto,
    [PgName("auto_info")] AutoInfo,
}

/// <summary>PostgreSQL enum <c>pjsip_incoming_call_offer_pref_values</c>.</summary>
public enum PjsipIncomingCallOfferPref
{
    [PgName("local")] Local,
    [PgName("local_first")] LocalFirst,
    [PgName("remote")] Remote,
    [PgName("remote_first")] RemoteFirst,
}

/// <summary>PostgreSQL enum <c>pjsip_media_encryption_values</c>.</summary>
public enum PjsipMediaEncryption
{
    [PgName("no")] No,
    [PgName("sdes")] Sdes,
    [PgName("dtls")] Dtls,
}

/// <summary>PostgreSQL enum <c>pjsip_outgoing_call_offer_pref_values</c>.</summary>
public enum PjsipOutgoingCallOfferPref
{
    [PgName("local")] Local,
    [PgName("local_merge")] LocalMerge,
    [PgName("local_first")] LocalFirst,
    [PgName("remote")] Remote,
    [PgName("remote_merge")] RemoteMerge,
    [PgName("remote_first")] RemoteFirst,
}

/// <summary>PostgreSQL enum <c>pjsip_redirect_method_values</c>.</summary>
public enum PjsipRedirectMethod
{
    [PgName("user")] User,
    [PgName("uri_core")] UriCore,
    [PgName("uri_pjsip")] UriPjsip,
}

/// <summary>PostgreSQL enum <c>pjsip_t38udptl_ec_values</c>.</summary>
public enum PjsipT38udptlEc
{
    [PgName("none")] None,
    [PgName("fec")] Fec,
    [PgName("redundancy")] Redundancy,
}

/// <summary>PostgreSQL enum <c>pjsip_timer_values</c>.</summary>
public enum PjsipTimer
{
    [PgName("forced")] Forced,
    [PgName("no")] No,
    [PgName("required")] Required,
    [PgName("yes")] Yes,
}

/// <summary>PostgreSQL enum <c>security_negotiation_values</c>.</summary>
public enum SecurityNegotiation
{
    [PgName("no")] No,
    [PgName("mediasec")] Mediasec,
}

/// <summary>PostgreSQL enum <c>sha_hash_values</c>.</summary>
public enum ShaHash
{
    [PgName("SHA-1")] Sha1,
    [PgName("SHA-256")] Sha256,
}
