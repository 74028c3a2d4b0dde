using CapConduit.Persistence.AsteriskRealtime;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Persistence.Clients;

/// <summary>
/// Keeps a client's <c>ps_endpoints</c>, <c>ps_aors</c> and <c>ps_auths</c> rows in step with its
/// <see cref="SipSettings"/>. All three rows use the client identifier as id, so Asterisk finds the endpoint, its AOR
/// and its outbound auth by the same name.
/// </summary>
public static class PjsipRows
{
    public static async Task UpsertAsync(CapConduitDbContext db, string identifier, SipSettings sip, CancellationToken cancellationToken)
    {
        var endpoint = await db.PsEndpoints.FindAsync([identifier], cancellationToken);
        if (endpoint is null)
            db.PsEndpoints.Add(endpoint = new PsEndpoint { Id = identifier });
        var aor = await db.PsAors.FindAsync([identifier], cancellationToken);
        if (aor is null)
            db.PsAors.Add(aor = new PsAor { Id = identifier });
        var auth = await db.PsAuths.FindAsync([identifier], cancellationToken);

        endpoint.Transport = sip.Transport;
        endpoint.Context = sip.Context;
        endpoint.Allow = sip.Allow;
        endpoint.Disallow = sip.Disallow;
        endpoint.DirectMedia = sip.DirectMedia ? AstBool.Yes : AstBool.No;
        endpoint.FromUser = sip.FromUser;
        endpoint.FromDomain = sip.FromDomain;
        endpoint.Callerid = sip.CallerId;
        endpoint.Aors = identifier;

        aor.Contact = sip.Contact;
        aor.MaxContacts = sip.MaxContacts;
        aor.QualifyFrequency = sip.QualifyFrequency;

        if (sip.Credentials is { } credentials)
        {
            if (auth is null)
                db.PsAuths.Add(auth = new PsAuth { Id = identifier });
            auth.AuthType = PjsipAuthType.Userpass;
            auth.Username = credentials.Username;
            auth.Password = credentials.Password;
            auth.Realm = credentials.Realm;
            endpoint.OutboundAuth = identifier;
        }
        else
        {
            if (auth is not null)
                db.PsAuths.Remove(auth);
            endpoint.OutboundAuth = null;
        }
    }

    public static async Task<SipSettings?> ReadAsync(CapConduitDbContext db, string identifier, CancellationToken cancellationToken)
    {
        var endpoint = await db.PsEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == identifier, cancellationToken);
        if (endpoint is null)
            return null;
        var aor = await db.PsAors.AsNoTracking().SingleOrDefaultAsync(a => a.Id == identifier, cancellationToken);
        var auth = await db.PsAuths.AsNoTracking().SingleOrDefaultAsync(a => a.Id == identifier, cancellationToken);
        return FromRows(endpoint, aor, auth);
    }

    public static SipSettings FromRows(PsEndpoint endpoint, PsAor? aor, PsAuth? auth) => new()
    {
        Transport = endpoint.Transport,
        Context = endpoint.Context ?? SipSettings.DefaultContext,
        Allow = endpoint.Allow ?? "",
        Disallow = endpoint.Disallow ?? "",
        DirectMedia = endpoint.DirectMedia is AstBool.Yes or AstBool.True or AstBool.One or AstBool.On,
        FromUser = endpoint.FromUser,
        FromDomain = endpoint.FromDomain,
        CallerId = endpoint.Callerid,
        Contact = aor?.Contact ?? "",
        MaxContacts = aor?.MaxContacts ?? 1,
        QualifyFrequency = aor?.QualifyFrequency ?? 0,
        Credentials = auth is null ? null : new SipCredentials(auth.Username ?? "", auth.Password ?? "", auth.Realm),
    };

    public static async Task DeleteAsync(CapConduitDbContext db, string identifier, CancellationToken cancellationToken)
    {
        await db.PsAuths.Where(a => a.Id == identifier).ExecuteDeleteAsync(cancellationToken);
        await db.PsAors.Where(a => a.Id == identifier).ExecuteDeleteAsync(cancellationToken);
        await db.PsEndpoints.Where(e => e.Id == identifier).ExecuteDeleteAsync(cancellationToken);
    }
}
