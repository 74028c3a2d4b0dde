using System.Text.RegularExpressions;
using CapConduit.Api.Campaigns;
using CapConduit.Api.Schema.Inputs;
using CapConduit.Persistence.Clients;

namespace CapConduit.Api.Clients;

/// <summary>Validation of client inputs (PRODUCT.md §2); lengths follow Asterisk's realtime columns.</summary>
public static partial class ClientRules
{
    public static void CheckClient(InputFields input, UserErrors errors, bool creating)
    {
        if (creating)
        {
            var identifier = input.Text("identifier");
            if (identifier is null || !IdentifierRegex().IsMatch(identifier))
                errors.Add(CatalogErrors.Invalid, $"identifier '{identifier}' must be 1–40 characters of A-Za-z0-9_.-", input.PathOf("identifier"));
        }
        else if (input.Has("status") && input.Get<object>("status") is null)
        {
            errors.Add(CatalogErrors.Required, "status must not be null.", input.PathOf("status"));
        }

        errors.Text(input, "name", 200, required: true);
        errors.Text(input, "department", 200, required: false);
        errors.Text(input, "notes", 4000, required: false);
    }

    public static void CheckSip(InputFields sip, UserErrors errors)
    {
        foreach (var name in (ReadOnlySpan<string>)["transport", "fromUser", "fromDomain", "callerId"])
            errors.Text(sip, name, 40, required: false);
        errors.Text(sip, "context", 40, required: true);
        errors.Text(sip, "allow", 200, required: true);
        errors.Text(sip, "disallow", 200, required: true);
        errors.Text(sip, "contact", 255, required: true);
        if (sip.Text("contact") is { Length: > 0 } contact && !SipUriRegex().IsMatch(contact))
            errors.Add(CatalogErrors.Invalid, $"contact '{contact}' is not a SIP URI (sip:user@host[:port]).", sip.PathOf("contact"));
        errors.Range(sip, "maxContacts", 1, int.MaxValue);
        errors.Range(sip, "qualifyFrequency", 0, 86_400);
        if (sip.Has("directMedia") && sip.Get<object>("directMedia") is null)
            errors.Add(CatalogErrors.Required, "directMedia must not be null.", sip.PathOf("directMedia"));
        if (sip.Nested("credentials") is { } credentials)
        {
            errors.Text(credentials, "username", 40, required: true);
            errors.Text(credentials, "password", 80, required: true);
            errors.Text(credentials, "realm", 255, required: false);
        }
    }

    /// <summary>Applies the given SIP fields to <paramref name="current"/>; absent fields keep their value.</summary>
    public static SipSettings Apply(SipSettings current, InputFields sip, UserErrors errors)
    {
        var next = current with
        {
            Transport = sip.Has("transport") ? Blank(sip.Text("transport")) : current.Transport,
            Context = sip.Text("context") ?? current.Context,
            Allow = sip.Text("allow") ?? current.Allow,
            Disallow = sip.Text("disallow") ?? current.Disallow,
            DirectMedia = sip.Get<bool?>("directMedia") ?? current.DirectMedia,
            FromUser = sip.Has("fromUser") ? Blank(sip.Text("fromUser")) : current.FromUser,
            FromDomain = sip.Has("fromDomain") ? Blank(sip.Text("fromDomain")) : current.FromDomain,
            CallerId = sip.Has("callerId") ? Blank(sip.Text("callerId")) : current.CallerId,
            Contact = sip.Text("contact") ?? current.Contact,
            MaxContacts = sip.Int("maxContacts") ?? current.MaxContacts,
            QualifyFrequency = sip.Int("qualifyFrequency") ?? current.QualifyFrequency,
        };
        if (!sip.Has("credentials"))
            return next; // Not mentioned: keep the stored credentials (the old system lost them here).
        if (sip.Nested("credentials") is not { } credentials)
            return next with { Credentials = null };

        // A password left out keeps the stored one, so an update need not repeat a secret it cannot read.
        var password = credentials.Text("password") ?? current.Credentials?.Password;
        if (string.IsNullOrEmpty(password))
            errors.Add(CatalogErrors.Required, "password is required when no password is stored yet.", credentials.PathOf("password"));
        return next with
        {
            Credentials = new SipCredentials(credentials.Text("username") ?? "", password ?? "",
                credentials.Has("realm") ? Blank(credentials.Text("realm")) : current.Credentials?.Realm),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(Client.IdentifierPattern)]
    private static partial Regex IdentifierRegex();

    [GeneratedRegex(@"^sips?:([^@\s]+@)?[A-Za-z0-9.\-\[\]:]+(:\d{1,5})?(;[^\s]*)?$")]
    private static partial Regex SipUriRegex();
}
