using System;
using CapConduit.Persistence.AsteriskRealtime;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapConduit.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:ast_bool_values", "0,1,off,on,false,true,no,yes")
                .Annotation("Npgsql:Enum:pjsip_100rel_values_v2", "no,required,peer_supported,yes")
                .Annotation("Npgsql:Enum:pjsip_auth_type_values_v2", "md5,userpass,google_oauth")
                .Annotation("Npgsql:Enum:pjsip_cid_privacy_values", "allowed_not_screened,allowed_passed_screened,allowed_failed_screened,allowed,prohib_not_screened,prohib_passed_screened,prohib_failed_screened,prohib,unavailable")
                .Annotation("Npgsql:Enum:pjsip_connected_line_method_values", "invite,reinvite,update")
                .Annotation("Npgsql:Enum:pjsip_direct_media_glare_mitigation_values", "none,outgoing,incoming")
                .Annotation("Npgsql:Enum:pjsip_dtls_setup_values", "active,passive,actpass")
                .Annotation("Npgsql:Enum:pjsip_dtmf_mode_values_v3", "rfc4733,inband,info,auto,auto_info")
                .Annotation("Npgsql:Enum:pjsip_incoming_call_offer_pref_values", "local,local_first,remote,remote_first")
                .Annotation("Npgsql:Enum:pjsip_media_encryption_values", "no,sdes,dtls")
                .Annotation("Npgsql:Enum:pjsip_outgoing_call_offer_pref_values", "local,local_merge,local_first,remote,remote_merge,remote_first")
                .Annotation("Npgsql:Enum:pjsip_redirect_method_values", "user,uri_core,uri_pjsip")
                .Annotation("Npgsql:Enum:pjsip_t38udptl_ec_values", "none,fec,redundancy")
                .Annotation("Npgsql:Enum:pjsip_timer_values", "forced,no,required,yes")
                .Annotation("Npgsql:Enum:security_negotiation_values", "no,mediasec")
                .Annotation("Npgsql:Enum:sha_hash_values", "SHA-1,SHA-256")
                .Annotation("Npgsql:PostgresExtension:citext", ",,");

            migrationBuilder.CreateTable(
                name: "ps_aors",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    contact = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    default_expiration = table.Column<int>(type: "integer", nullable: true),
                    mailboxes = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    max_contacts = table.Column<int>(type: "integer", nullable: true),
                    minimum_expiration = table.Column<int>(type: "integer", nullable: true),
                    remove_existing = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    qualify_frequency = table.Column<int>(type: "integer", nullable: true),
                    authenticate_qualify = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    maximum_expiration = table.Column<int>(type: "integer", nullable: true),
                    outbound_proxy = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    support_path = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    qualify_timeout = table.Column<double>(type: "double precision", nullable: true),
                    voicemail_extension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    remove_unavailable = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    qualify_2xx_only = table.Column<AstBool>(type: "ast_bool_values", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ps_aors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ps_auths",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    auth_type = table.Column<PjsipAuthType>(type: "pjsip_auth_type_values_v2", nullable: true),
                    nonce_lifetime = table.Column<int>(type: "integer", nullable: true),
                    md5_cred = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    password = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    realm = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    username = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    refresh_token = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    oauth_clientid = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    oauth_secret = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    password_digest = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    supported_algorithms_uas = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    supported_algorithms_uac = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ps_auths", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ps_endpoints",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    transport = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    aors = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    auth = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    context = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    disallow = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    allow = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    direct_media = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    connected_line_method = table.Column<PjsipConnectedLineMethod>(type: "pjsip_connected_line_method_values", nullable: true),
                    direct_media_method = table.Column<PjsipConnectedLineMethod>(type: "pjsip_connected_line_method_values", nullable: true),
                    direct_media_glare_mitigation = table.Column<PjsipDirectMediaGlareMitigation>(type: "pjsip_direct_media_glare_mitigation_values", nullable: true),
                    disable_direct_media_on_nat = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    dtmf_mode = table.Column<PjsipDtmfMode>(type: "pjsip_dtmf_mode_values_v3", nullable: true),
                    external_media_address = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    force_rport = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    ice_support = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    identify_by = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    mailboxes = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    moh_suggest = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    outbound_auth = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    outbound_proxy = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    rewrite_contact = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    rtp_ipv6 = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    rtp_symmetric = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    send_diversion = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    send_pai = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    send_rpid = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    timers_min_se = table.Column<int>(type: "integer", nullable: true),
                    timers = table.Column<PjsipTimer>(type: "pjsip_timer_values", nullable: true),
                    timers_sess_expires = table.Column<int>(type: "integer", nullable: true),
                    callerid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    callerid_privacy = table.Column<PjsipCidPrivacy>(type: "pjsip_cid_privacy_values", nullable: true),
                    callerid_tag = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    _100rel = table.Column<Pjsip100rel>(name: "100rel", type: "pjsip_100rel_values_v2", nullable: true),
                    aggregate_mwi = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    trust_id_inbound = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    trust_id_outbound = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    use_ptime = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    use_avpf = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    media_encryption = table.Column<PjsipMediaEncryption>(type: "pjsip_media_encryption_values", nullable: true),
                    inband_progress = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    call_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    pickup_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    named_call_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    named_pickup_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    device_state_busy_at = table.Column<int>(type: "integer", nullable: true),
                    fax_detect = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    t38_udptl = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    t38_udptl_ec = table.Column<PjsipT38udptlEc>(type: "pjsip_t38udptl_ec_values", nullable: true),
                    t38_udptl_maxdatagram = table.Column<int>(type: "integer", nullable: true),
                    t38_udptl_nat = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    t38_udptl_ipv6 = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    tone_zone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    language = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    one_touch_recording = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    record_on_feature = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    record_off_feature = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    rtp_engine = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    allow_transfer = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    allow_subscribe = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    sdp_owner = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    sdp_session = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    tos_audio = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    tos_video = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    sub_min_expiry = table.Column<int>(type: "integer", nullable: true),
                    from_domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    from_user = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    mwi_from_user = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    dtls_verify = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    dtls_rekey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    dtls_cert_file = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    dtls_private_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    dtls_cipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    dtls_ca_file = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    dtls_ca_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    dtls_setup = table.Column<PjsipDtlsSetup>(type: "pjsip_dtls_setup_values", nullable: true),
                    srtp_tag_32 = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    media_address = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    redirect_method = table.Column<PjsipRedirectMethod>(type: "pjsip_redirect_method_values", nullable: true),
                    set_var = table.Column<string>(type: "text", nullable: true),
                    cos_audio = table.Column<int>(type: "integer", nullable: true),
                    cos_video = table.Column<int>(type: "integer", nullable: true),
                    message_context = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    force_avp = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    media_use_received_transport = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    accountcode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    user_eq_phone = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    moh_passthrough = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    media_encryption_optimistic = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    rpid_immediate = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    g726_non_standard = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    rtp_keepalive = table.Column<int>(type: "integer", nullable: true),
                    rtp_timeout = table.Column<int>(type: "integer", nullable: true),
                    rtp_timeout_hold = table.Column<int>(type: "integer", nullable: true),
                    bind_rtp_to_media_address = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    voicemail_extension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    mwi_subscribe_replaces_unsolicited = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    deny = table.Column<string>(type: "character varying(95)", maxLength: 95, nullable: true),
                    permit = table.Column<string>(type: "character varying(95)", maxLength: 95, nullable: true),
                    acl = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    contact_deny = table.Column<string>(type: "character varying(95)", maxLength: 95, nullable: true),
                    contact_permit = table.Column<string>(type: "character varying(95)", maxLength: 95, nullable: true),
                    contact_acl = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    subscribe_context = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    fax_detect_timeout = table.Column<int>(type: "integer", nullable: true),
                    contact_user = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    preferred_codec_only = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    asymmetric_rtp_codec = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    rtcp_mux = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    allow_overlap = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    refer_blind_progress = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    notify_early_inuse_ringing = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    max_audio_streams = table.Column<int>(type: "integer", nullable: true),
                    max_video_streams = table.Column<int>(type: "integer", nullable: true),
                    webrtc = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    dtls_fingerprint = table.Column<ShaHash>(type: "sha_hash_values", nullable: true),
                    incoming_mwi_mailbox = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    bundle = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    dtls_auto_generate_cert = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    follow_early_media_fork = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    accept_multiple_sdp_answers = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    suppress_q850_reason_headers = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    trust_connected_line = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    send_connected_line = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    ignore_183_without_sdp = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    codec_prefs_incoming_offer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    codec_prefs_outgoing_offer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    codec_prefs_incoming_answer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    codec_prefs_outgoing_answer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    stir_shaken = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    send_history_info = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    allow_unauthenticated_options = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    t38_bind_udptl_to_media_address = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    geoloc_incoming_call_profile = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    geoloc_outgoing_call_profile = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    incoming_call_offer_pref = table.Column<PjsipIncomingCallOfferPref>(type: "pjsip_incoming_call_offer_pref_values", nullable: true),
                    outgoing_call_offer_pref = table.Column<PjsipOutgoingCallOfferPref>(type: "pjsip_outgoing_call_offer_pref_values", nullable: true),
                    stir_shaken_profile = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    security_negotiation = table.Column<SecurityNegotiation>(type: "security_negotiation_values", nullable: true),
                    security_mechanisms = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    send_aoc = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    overlap_context = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    tenantid = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    suppress_moh_on_sendonly = table.Column<AstBool>(type: "ast_bool_values", nullable: true),
                    follow_redirect_methods = table.Column<string>(type: "character varying(95)", maxLength: 95, nullable: true),
                    rtp_port_start = table.Column<int>(type: "integer", nullable: true),
                    rtp_port_end = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ps_endpoints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    username = table.Column<string>(type: "citext", nullable: false),
                    email = table.Column<string>(type: "citext", nullable: false),
                    password_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, defaultValue: "UTC"),
                    security_stamp = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.CheckConstraint("ck_users_email_format", "email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'");
                    table.CheckConstraint("ck_users_role", "role IN ('ADMIN', 'STAFF', 'SELLER')");
                    table.CheckConstraint("ck_users_status", "status IN ('ACTIVE', 'INACTIVE', 'PENDING_APPROVAL', 'SUSPENDED')");
                    table.CheckConstraint("ck_users_username_length", "char_length(username) BETWEEN 3 AND 80");
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    routing_strategy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    dial_timeout_seconds = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                    table.CheckConstraint("ck_campaigns_dial_timeout_range", "dial_timeout_seconds BETWEEN 1 AND 300");
                    table.CheckConstraint("ck_campaigns_name_not_blank", "btrim(name) <> ''");
                    table.CheckConstraint("ck_campaigns_routing_strategy", "routing_strategy IN ('PRIORITY', 'ROUND_ROBIN', 'WEIGHTED')");
                    table.CheckConstraint("ck_campaigns_status", "status IN ('ACTIVE', 'INACTIVE', 'PAUSED')");
                    table.ForeignKey(
                        name: "fk_campaigns_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    identifier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clients", x => x.id);
                    table.CheckConstraint("ck_clients_identifier_format", "identifier ~ '^[A-Za-z0-9_.-]{1,40}$'");
                    table.CheckConstraint("ck_clients_name_not_blank", "btrim(name) <> ''");
                    table.CheckConstraint("ck_clients_status", "status IN ('ACTIVE', 'INACTIVE')");
                    table.ForeignKey(
                        name: "fk_clients_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "dids",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dids", x => x.id);
                    table.CheckConstraint("ck_dids_number_e164", "number ~ '^\\+[1-9][0-9]{1,14}$'");
                    table.CheckConstraint("ck_dids_status", "status IN ('ACTIVE', 'INACTIVE')");
                    table.ForeignKey(
                        name: "fk_dids_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "refresh_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    replaced_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refresh_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_refresh_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_clients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    max_concurrency = table.Column<int>(type: "integer", nullable: false),
                    total_calls_allowed = table.Column<int>(type: "integer", nullable: true),
                    total_calls_used = table.Column<int>(type: "integer", nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    weight = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_clients", x => x.id);
                    table.CheckConstraint("ck_campaign_clients_max_concurrency_positive", "max_concurrency >= 1");
                    table.CheckConstraint("ck_campaign_clients_priority_non_negative", "priority >= 0");
                    table.CheckConstraint("ck_campaign_clients_status", "status IN ('ACTIVE', 'INACTIVE')");
                    table.CheckConstraint("ck_campaign_clients_total_calls_allowed_non_negative", "total_calls_allowed IS NULL OR total_calls_allowed >= 0");
                    table.CheckConstraint("ck_campaign_clients_total_calls_used_non_negative", "total_calls_used >= 0");
                    table.CheckConstraint("ck_campaign_clients_weight_range", "weight BETWEEN 1 AND 1000");
                    table.ForeignKey(
                        name: "fk_campaign_clients_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaign_clients_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_dids",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    did_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_dids", x => new { x.campaign_id, x.did_id });
                    table.ForeignKey(
                        name: "fk_campaign_dids_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaign_dids_dids_did_id",
                        column: x => x.did_id,
                        principalTable: "dids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "call_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    seller_id = table.Column<Guid>(type: "uuid", nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    did_id = table.Column<Guid>(type: "uuid", nullable: true),
                    client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    link_id = table.Column<Guid>(type: "uuid", nullable: true),
                    did_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    campaign_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    client_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    caller_number = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    caller_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_seconds = table.Column<int>(type: "integer", nullable: false),
                    talk_seconds = table.Column<int>(type: "integer", nullable: false),
                    disposition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reject_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    hangup_cause_code = table.Column<int>(type: "integer", nullable: true),
                    hangup_cause_text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    channel_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    linked_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_records", x => x.id);
                    table.CheckConstraint("ck_call_records_disposition", "disposition IN ('ANSWERED', 'NO_ANSWER', 'BUSY', 'FAILED', 'REJECTED', 'ABANDONED')");
                    table.CheckConstraint("ck_call_records_durations_non_negative", "duration_seconds >= 0 AND talk_seconds >= 0");
                    table.CheckConstraint("ck_call_records_ended_after_started", "ended_at >= started_at");
                    table.CheckConstraint("ck_call_records_reject_reason", "reject_reason IN ('DID_NOT_FOUND', 'DID_INACTIVE', 'OWNER_INACTIVE', 'NO_ACTIVE_CAMPAIGN', 'NO_ELIGIBLE_CLIENT', 'CAPACITY_UNAVAILABLE')");
                    table.ForeignKey(
                        name: "fk_call_records_campaign_clients_link_id",
                        column: x => x.link_id,
                        principalTable: "campaign_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_call_records_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_call_records_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_call_records_dids_did_id",
                        column: x => x.did_id,
                        principalTable: "dids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_call_records_users_seller_id",
                        column: x => x.seller_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "campaign_client_usage_resets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    link_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reset_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    previous_total_calls_used = table.Column<int>(type: "integer", nullable: false),
                    reset_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_client_usage_resets", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_client_usage_resets_campaign_clients_link_id",
                        column: x => x.link_id,
                        principalTable: "campaign_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaign_client_usage_resets_users_reset_by_id",
                        column: x => x.reset_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "call_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    link_id = table.Column<Guid>(type: "uuid", nullable: true),
                    client_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    endpoint = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    channel_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    result = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    hangup_cause_code = table.Column<int>(type: "integer", nullable: true),
                    hangup_cause_text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_attempts", x => x.id);
                    table.CheckConstraint("ck_call_attempts_ended_after_started", "ended_at >= started_at");
                    table.CheckConstraint("ck_call_attempts_result", "result IN ('ANSWERED', 'BUSY', 'NO_ANSWER', 'FAILED', 'ABANDONED')");
                    table.ForeignKey(
                        name: "fk_call_attempts_call_records_call_record_id",
                        column: x => x.call_record_id,
                        principalTable: "call_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_call_attempts_campaign_clients_link_id",
                        column: x => x.link_id,
                        principalTable: "campaign_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_call_attempts_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_call_attempts_call_record_id_sequence",
                table: "call_attempts",
                columns: new[] { "call_record_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_call_attempts_client_id",
                table: "call_attempts",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_call_attempts_link_id",
                table: "call_attempts",
                column: "link_id");

            migrationBuilder.CreateIndex(
                name: "ix_call_records_campaign_id_started_at_id",
                table: "call_records",
                columns: new[] { "campaign_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_channel_id",
                table: "call_records",
                column: "channel_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_call_records_client_id_started_at_id",
                table: "call_records",
                columns: new[] { "client_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_did_id_started_at_id",
                table: "call_records",
                columns: new[] { "did_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_disposition_started_at_id",
                table: "call_records",
                columns: new[] { "disposition", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_link_id",
                table: "call_records",
                column: "link_id");

            migrationBuilder.CreateIndex(
                name: "ix_call_records_seller_id_started_at_id",
                table: "call_records",
                columns: new[] { "seller_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_started_at_id",
                table: "call_records",
                columns: new[] { "started_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_client_usage_resets_link_id_reset_at",
                table: "campaign_client_usage_resets",
                columns: new[] { "link_id", "reset_at" });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_client_usage_resets_reset_by_id",
                table: "campaign_client_usage_resets",
                column: "reset_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_clients_campaign_id_client_id",
                table: "campaign_clients",
                columns: new[] { "campaign_id", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_clients_client_id",
                table: "campaign_clients",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_dids_did_id",
                table: "campaign_dids",
                column: "did_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_owner_id_name",
                table: "campaigns",
                columns: new[] { "owner_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_clients_created_by_id",
                table: "clients",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_clients_identifier",
                table: "clients",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dids_number",
                table: "dids",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dids_owner_id",
                table: "dids",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ps_aors_id",
                table: "ps_aors",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ps_auths_id",
                table: "ps_auths",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ps_endpoints_id",
                table: "ps_endpoints",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_family_id",
                table: "refresh_tokens",
                column: "family_id");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_token_hash",
                table: "refresh_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_user_id",
                table: "refresh_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_users_email",
                table: "users",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_username",
                table: "users",
                column: "username",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_attempts");

            migrationBuilder.DropTable(
                name: "campaign_client_usage_resets");

            migrationBuilder.DropTable(
                name: "campaign_dids");

            migrationBuilder.DropTable(
                name: "ps_aors");

            migrationBuilder.DropTable(
                name: "ps_auths");

            migrationBuilder.DropTable(
                name: "ps_endpoints");

            migrationBuilder.DropTable(
                name: "refresh_tokens");

            migrationBuilder.DropTable(
                name: "call_records");

            migrationBuilder.DropTable(
                name: "campaign_clients");

            migrationBuilder.DropTable(
                name: "dids");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
