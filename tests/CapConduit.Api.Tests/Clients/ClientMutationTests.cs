using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.AsteriskRealtime;
using CapConduit.Persistence.Clients;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Clients;

/// <summary>Client mutations keep Asterisk's ps_* rows in step and never reveal SIP passwords.</summary>
public sealed class ClientMutationTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    private static readonly object FullSip = new
    {
        transport = "transport-udp",
        context = "from-callcenter",
        allow = "ulaw",
        disallow = "all",
        directMedia = true,
        fromUser = "capconduit",
        fromDomain = "calls.example.com",
        callerId = "CapConduit <+18005550100>",
        contact = "sip:queue@pbx.example.com:5060",
        maxContacts = 2,
        qualifyFrequency = 30,
        credentials = new { username = "outbound", password = "s3cret-Passw0rd", realm = "pbx.example.com" },
    };

    [Fact]
    public async Task Create_client_writes_endpoint_aor_and_auth_rows_and_hides_the_password()
    {
        var identifier = ClientOperations.UniqueIdentifier("create");

        var response = await fx.ExecuteAsync(fx.Staff, ClientOperations.Create, new
        {
            input = new { identifier = identifier, name = "Alpha Corp", department = "Sales", notes = "VIP", sip = FullSip },
        });

        Assert.Empty(response.UserErrorCodes("createClient"));
        Assert.DoesNotContain("s3cret-Passw0rd", response.ToString(), StringComparison.Ordinal);
        Snapshot.Match(response.Scrubbed().Replace(identifier, "<identifier>", StringComparison.Ordinal));

        await using var db = fx.CreateDbContext();
        var sip = await PjsipRows.ReadAsync(db, identifier, default);
        Assert.NotNull(sip);
        Assert.Equal("sip:queue@pbx.example.com:5060", sip.Contact);
        Assert.Equal(2, sip.MaxContacts);
        Assert.True(sip.DirectMedia);
        Assert.Equal(new SipCredentials("outbound", "s3cret-Passw0rd", "pbx.example.com"), sip.Credentials);
        var endpoint = await db.PsEndpoints.SingleAsync(e => e.Id == identifier);
        Assert.Equal(identifier, endpoint.Aors);
        Assert.Equal(identifier, endpoint.OutboundAuth);
        Assert.Equal(PjsipAuthType.Userpass, (await db.PsAuths.SingleAsync(a => a.Id == identifier)).AuthType);
    }

    [Fact]
    public async Task Updating_other_fields_keeps_the_sip_credentials()
    {
        var (id, identifier) = await ClientOperations.CreateAsync(fx, "keepcreds", FullSip);

        var renamed = await fx.ExecuteAsync(fx.Staff, ClientOperations.Update, new { input = new { id, name = "Renamed" } });
        var sipChanged = await fx.ExecuteAsync(fx.Staff, ClientOperations.Update,
            new { input = new { id, sip = new { contact = "sip:other@pbx.example.com" } } });

        Assert.Empty(renamed.UserErrorCodes("updateClient"));
        Assert.Empty(sipChanged.UserErrorCodes("updateClient"));
        var credentials = sipChanged.Payload("updateClient").GetProperty("client").GetProperty("sip").GetProperty("credentials");
        Assert.Equal("outbound", credentials.GetProperty("username").GetString());
        Assert.True(credentials.GetProperty("hasPassword").GetBoolean());
        await using var db = fx.CreateDbContext();
        var sip = await PjsipRows.ReadAsync(db, identifier, default);
        Assert.Equal("sip:other@pbx.example.com", sip!.Contact);
        Assert.Equal("transport-udp", sip.Transport);
        Assert.Equal(2, sip.MaxContacts);
        Assert.Equal(new SipCredentials("outbound", "s3cret-Passw0rd", "pbx.example.com"), sip.Credentials);
        Assert.Equal("Renamed", (await db.Clients.SingleAsync(c => c.Identifier == identifier)).Name);
    }

    [Fact]
    public async Task Credentials_without_a_password_keep_the_stored_password_and_null_removes_them()
    {
        var (id, identifier) = await ClientOperations.CreateAsync(fx, "creds", FullSip);

        var renamedUser = await fx.ExecuteAsync(fx.Admin, ClientOperations.Update,
            new { input = new { id, sip = new { credentials = new { username = "newuser" } } } });
        await using (var db = fx.CreateDbContext())
        {
            Assert.Empty(renamedUser.UserErrorCodes("updateClient"));
            Assert.Equal(new SipCredentials("newuser", "s3cret-Passw0rd", "pbx.example.com"), (await PjsipRows.ReadAsync(db, identifier, default))!.Credentials);
        }

        var removed = await fx.ExecuteAsync(fx.Admin, ClientOperations.Update,
            new { input = new { id, sip = new { credentials = (object?)null } } });

        Assert.Empty(removed.UserErrorCodes("updateClient"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            removed.Payload("updateClient").GetProperty("client").GetProperty("sip").GetProperty("credentials").ValueKind);
        await using var after = fx.CreateDbContext();
        Assert.False(await after.PsAuths.AnyAsync(a => a.Id == identifier));
        Assert.Null((await after.PsEndpoints.SingleAsync(e => e.Id == identifier)).OutboundAuth);
    }

    [Fact]
    public async Task New_credentials_need_a_password()
    {
        var (id, identifier) = await ClientOperations.CreateAsync(fx, "nopass");

        var response = await fx.ExecuteAsync(fx.Admin, ClientOperations.Update,
            new { input = new { id, name = "Changed in the same mutation", sip = new { contact = "sip:new@example.com", credentials = new { username = "u" } } } });

        Assert.Equal(["REQUIRED"], response.UserErrorCodes("updateClient"));
        await using var db = fx.CreateDbContext();
        Assert.False(await db.PsAuths.AnyAsync(a => a.Id == identifier));
        Assert.Equal("sip:agent@10.0.0.5:5060", (await db.PsAors.SingleAsync(a => a.Id == identifier)).Contact);
        Assert.NotEqual("Changed in the same mutation", (await db.Clients.SingleAsync(c => c.Identifier == identifier)).Name);
    }

    public static TheoryData<string, object, string, string> InvalidInputs => new()
    {
        { "bad identifier", new { identifier = "has space", name = "N", sip = new { contact = "sip:a@b.c" } }, "INVALID_VALUE", "input.identifier" },
        { "long identifier", new { identifier = new string('a', 41), name = "N", sip = new { contact = "sip:a@b.c" } }, "INVALID_VALUE", "input.identifier" },
        { "blank name", new { identifier = "ok_blank", name = "  ", sip = new { contact = "sip:a@b.c" } }, "REQUIRED", "input.name" },
        { "missing contact", new { identifier = "ok_nocontact", name = "N", sip = new { } }, "REQUIRED", "input.sip.contact" },
        { "bad contact", new { identifier = "ok_badcontact", name = "N", sip = new { contact = "http://x" } }, "INVALID_VALUE", "input.sip.contact" },
        { "zero max contacts", new { identifier = "ok_zero", name = "N", sip = new { contact = "sip:a@b.c", maxContacts = 0 } }, "INVALID_VALUE", "input.sip.maxContacts" },
        { "negative qualify", new { identifier = "ok_neg", name = "N", sip = new { contact = "sip:a@b.c", qualifyFrequency = -1 } }, "INVALID_VALUE", "input.sip.qualifyFrequency" },
        { "long transport", new { identifier = "ok_long", name = "N", sip = new { contact = "sip:a@b.c", transport = new string('t', 41) } }, "INVALID_VALUE", "input.sip.transport" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_client_input_is_refused_with_a_field_path_and_writes_nothing(string because, object input, string code, string field)
    {
        var response = await fx.ExecuteAsync(fx.Admin, ClientOperations.Create, new { input });

        var error = Assert.Single(response.Payload("createClient").GetProperty("errors").EnumerateArray());
        Assert.True(code == error.GetProperty("code").GetString(), because);
        Assert.Equal(field, string.Join('.', error.GetProperty("field").EnumerateArray().Select(f => f.GetString())));
        await using var db = fx.CreateDbContext();
        Assert.False(await db.Clients.AnyAsync(c => c.Identifier.StartsWith("ok_") || c.Identifier == "has space"));
        Assert.False(await db.PsEndpoints.AnyAsync(e => e.Id.StartsWith("ok_")));
    }

    [Fact]
    public async Task A_taken_identifier_is_refused()
    {
        var (_, identifier) = await ClientOperations.CreateAsync(fx, "taken");

        var response = await fx.ExecuteAsync(fx.Admin, ClientOperations.Create,
            new { input = new { identifier, name = "Second", sip = new { contact = "sip:a@b.c" } } });

        Assert.Equal(["IDENTIFIER_TAKEN"], response.UserErrorCodes("createClient"));
        await using var db = fx.CreateDbContext();
        Assert.Equal(1, await db.Clients.CountAsync(c => c.Identifier == identifier));
    }

    [Fact]
    public async Task Updating_an_unknown_client_reports_not_found()
    {
        var response = await fx.ExecuteAsync(fx.Admin, ClientOperations.Update, new { input = new { id = Guid.NewGuid(), name = "X" } });
        Assert.Equal(["NOT_FOUND"], response.UserErrorCodes("updateClient"));
    }
}
