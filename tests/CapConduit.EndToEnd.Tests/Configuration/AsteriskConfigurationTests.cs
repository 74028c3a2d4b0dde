using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace CapConduit.EndToEnd.Tests.Configuration;

/// <summary>
/// The files in asterisk/ must agree with CapConduit's own settings (src/GraphQL/appsettings.json), its database
/// schema and docker-compose.yml; a mismatch shows up in production as calls that never reach the app, ARI 401s
/// or "endpoint not found".
/// </summary>
public sealed partial class AsteriskConfigurationTests
{
    private const string InboundContext = "from-carrier";

    private static readonly string[] RealtimeTables = ["ps_endpoints", "ps_aors", "ps_auths"];

    private static readonly IConfiguration AppSettings = new ConfigurationBuilder()
        .AddJsonFile(RepositoryFiles.PathOf("src", "GraphQL", "appsettings.json"), optional: false)
        .Build();

    private static readonly ComposeFile Compose = ComposeFile.Load(RepositoryFiles.PathOf("docker-compose.yml"));

    [Fact]
    public void Carrier_calls_enter_the_stasis_app_named_in_Ari_App()
    {
        var app = RequiredSetting("Ari:App");
        var dialplan = Conf("extensions.conf");

        var inbound = Assert.Single(dialplan.Named(InboundContext));
        var firstSteps = inbound.Entries.Where(e => e.Key == "exten").Select(e => e.Value.Split(',', 3)).Where(p => p[1].Trim() == "1").ToList();

        Assert.NotEmpty(firstSteps);
        Assert.All(firstSteps, step => Assert.Equal(app, StasisApp(step[2])));
    }

    [Fact]
    public void The_carrier_trunk_is_identified_by_address_and_enters_the_inbound_context()
    {
        var pjsip = Conf("pjsip.conf.template");

        var identify = Assert.Single(pjsip.OfType("identify"));
        var endpointName = pjsip.Value(identify, "endpoint");
        Assert.NotEmpty(pjsip.Values(identify, "match"));
        var endpoint = Assert.Single(pjsip.OfType("endpoint"), e => e.Name == endpointName);
        Assert.Equal(InboundContext, pjsip.Value(endpoint, "context"));
    }

    [Fact]
    public void Every_context_named_in_pjsip_conf_exists_in_extensions_conf()
    {
        var pjsip = Conf("pjsip.conf.template");
        var contexts = Conf("extensions.conf").Sections.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var named = pjsip.Sections.SelectMany(s => s.Entries).Where(e => e.Key == "context").Select(e => e.Value).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, context => Assert.Contains(context, contexts));
    }

    [Fact]
    public void The_ari_user_is_Ari_User_with_write_access_and_the_password_CapConduit_gets()
    {
        var ari = Conf("ari.conf.template");

        var user = Assert.Single(ari.Named(RequiredSetting("Ari:User")));
        Assert.Equal("user", ari.Value(user, "type"));
        Assert.Equal("no", ari.Value(user, "read_only"));
        Assert.Equal("plain", ari.Value(user, "password_format"));

        // The password is a placeholder the container fills from the same .env entry as CapConduit's Ari__Password.
        var placeholder = Placeholder().Match(ari.Value(user, "password") ?? "");
        Assert.True(placeholder.Success, "ari.conf's password must be a ${VARIABLE} placeholder, never a literal secret.");
        var asteriskValue = Compose.Map("asterisk", "environment")[placeholder.Groups[1].Value];
        Assert.Equal(asteriskValue, Compose.Map("capconduit", "environment")["Ari__Password"]);
        Assert.StartsWith("${", asteriskValue, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ari_websocket_write_timeout_is_raised_above_the_default_of_100_ms()
    {
        var ari = Conf("ari.conf.template");

        var general = Assert.Single(ari.Named("general"));
        Assert.Equal("yes", ari.Value(general, "enabled"));
        Assert.True(int.Parse(ari.Value(general, "websocket_write_timeout") ?? "100", System.Globalization.CultureInfo.InvariantCulture) > 100);
    }

    [Fact]
    public void The_http_server_listens_on_the_port_of_Ari_Url()
    {
        var http = Conf("http.conf");
        var url = new Uri(RequiredSetting("Ari:Url"));

        var general = Assert.Single(http.Named("general"));
        Assert.Equal("yes", http.Value(general, "enabled"));
        Assert.Equal(url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), http.Value(general, "bindport"));
        Assert.Equal($"http://asterisk:{url.Port}", Compose.Map("capconduit", "environment")["Ari__Url"]);
    }

    [Fact]
    public void Required_modules_are_loaded_and_chan_sip_is_not()
    {
        string[] required =
        [
            "res_ari.so", "res_stasis.so", "app_stasis.so", "res_http_websocket.so", "chan_pjsip.so", "res_pjsip.so",
            "res_sorcery_realtime.so", "res_config_pgsql.so",
        ];
        var modules = Assert.Single(Conf("modules.conf").Named("modules"));
        var loaded = modules.Entries.Where(e => e.Key is "load" or "require" or "preload" or "preload-require").Select(e => e.Value).ToHashSet();
        var notLoaded = modules.Entries.Where(e => e.Key == "noload").Select(e => e.Value).ToHashSet();

        Assert.All(required, module => Assert.Contains(module, loaded));
        Assert.Empty(loaded.Intersect(notLoaded));
        Assert.Contains("chan_sip.so", notLoaded);
    }

    [Fact]
    public void Realtime_families_are_exactly_the_pjsip_tables_read_from_pgsql()
    {
        var settings = Assert.Single(Conf("extconfig.conf").Named("settings"));

        Assert.Equal(RealtimeTables.Order(), settings.Entries.Select(e => e.Key).Order());
        Assert.All(settings.Entries, e => Assert.StartsWith("pgsql,", e.Value, StringComparison.Ordinal));
        Assert.All(settings.Entries, e => Assert.Equal(e.Key, TableOf(e)));
    }

    [Fact]
    public void Sorcery_reads_endpoints_aors_and_auths_from_pjsip_conf_first_then_realtime()
    {
        var sorcery = Assert.Single(Conf("sorcery.conf").Named("res_pjsip"));
        var expected = new Dictionary<string, string> { ["endpoint"] = "ps_endpoints", ["aor"] = "ps_aors", ["auth"] = "ps_auths" };

        foreach (var (type, family) in expected)
        {
            var wizards = sorcery.Entries.Where(e => e.Key == type).Select(e => e.Value).ToList();
            Assert.Equal([$"config,pjsip.conf,criteria=type={type}", $"realtime,{family}"], wizards);
        }
        Assert.Equal(expected.Keys.Order(), sorcery.Entries.Select(e => e.Key).Distinct().Order());
    }

    [Fact]
    public void Realtime_tables_are_in_the_Asterisk_22_realtime_schema()
    {
        var schema = File.ReadAllText(RepositoryFiles.AsteriskRealtimeSchema());

        foreach (var table in MappedTables())
            Assert.Contains($"CREATE TABLE {table} (", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void Realtime_tables_are_created_by_the_migrations()
    {
        var folder = RepositoryFiles.PathOf("src", "Persistence", "Migrations");
        Assert.True(Directory.Exists(folder), $"{folder} does not exist: the migrations must create {string.Join(", ", RealtimeTables)}.");
        var migrations = string.Concat(Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

        foreach (var table in MappedTables())
            Assert.Contains($"\"{table}\"", migrations, StringComparison.Ordinal);
    }

    [Fact]
    public void Res_pgsql_connects_to_the_database_CapConduit_uses()
    {
        var pgsql = Conf("res_pgsql.conf.template");
        var general = Assert.Single(pgsql.Named("general"));
        var asterisk = Compose.Map("asterisk", "environment");
        var app = ConnectionStringParts(Compose.Map("capconduit", "environment")["ConnectionStrings__Postgres"]);

        string Rendered(string key) => asterisk[Placeholder().Match(pgsql.Value(general, key) ?? "").Groups[1].Value];

        Assert.Equal(app["Host"], Rendered("dbhost"));
        Assert.Equal(app["Port"], Rendered("dbport"));
        Assert.Equal(app["Database"], Rendered("dbname"));
        Assert.Equal(app["Username"], Rendered("dbuser"));
        Assert.Equal(app["Password"], Rendered("dbpass"));
    }

    [Fact]
    public void Every_placeholder_in_the_templates_is_given_to_the_asterisk_container()
    {
        var environment = Compose.Map("asterisk", "environment");
        var templates = Directory.EnumerateFiles(RepositoryFiles.PathOf("asterisk"), "*.conf.template").ToList();

        Assert.NotEmpty(templates);
        foreach (var template in templates)
        {
            var file = AsteriskConfigFile.Load(template);
            var names = file.Sections.SelectMany(s => s.Entries).SelectMany(e => AnyPlaceholder().Matches(e.Value)).Select(m => m.Groups[1].Value);
            Assert.All(names, name => Assert.True(environment.ContainsKey(name), $"{Path.GetFileName(template)} uses ${{{name}}}, which docker-compose.yml does not pass to asterisk."));
        }
    }

    [Fact]
    public void The_rtp_port_range_equals_the_range_docker_compose_publishes()
    {
        var rtp = Conf("rtp.conf");
        var general = Assert.Single(rtp.Named("general"));
        var range = $"{rtp.Value(general, "rtpstart")}-{rtp.Value(general, "rtpend")}";

        Assert.Contains($"{range}:{range}/udp", Compose.List("asterisk", "ports"));
    }

    private static AsteriskConfigFile Conf(string name) => AsteriskConfigFile.Load(RepositoryFiles.PathOf("asterisk", name));

    private static string RequiredSetting(string key) =>
        AppSettings[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"src/GraphQL/appsettings.json has no value for '{key}'.");

    private static IEnumerable<string> MappedTables() =>
        Assert.Single(Conf("extconfig.conf").Named("settings")).Entries.Select(TableOf);

    /// <summary>family => driver,database[,table]: the table defaults to the family name.</summary>
    private static string TableOf(AsteriskConfigEntry entry)
    {
        var parts = entry.Value.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length > 2 && parts[2].Length > 0 ? parts[2] : entry.Key;
    }

    private static string? StasisApp(string application)
    {
        var match = StasisCall().Match(application.Trim());
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Dictionary<string, string> ConnectionStringParts(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\$\{([A-Z][A-Z0-9_]*)\}$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$\{([A-Z][A-Z0-9_]*)\}")]
    private static partial Regex AnyPlaceholder();

    [GeneratedRegex(@"^Stasis\(([^,)]+)")]
    private static partial Regex StasisCall();
}
