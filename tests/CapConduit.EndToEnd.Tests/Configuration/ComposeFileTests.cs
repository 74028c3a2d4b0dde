using Microsoft.Extensions.Configuration;

namespace CapConduit.EndToEnd.Tests.Configuration;

/// <summary>
/// What docker-compose.yml promises beyond valid syntax (scripts/check-compose.sh checks that with
/// docker-compose v1.29 in CI): durable Redis, nothing private published, pinned images, start-up order.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string ComposePath = RepositoryFiles.PathOf("docker-compose.yml");

    private static readonly ComposeFile Compose = ComposeFile.Load(ComposePath);

    [Fact]
    public void Redis_keeps_the_call_record_queue_with_append_only_persistence()
    {
        var command = Compose.Scalar("redis", "command") ?? "";

        Assert.Matches(@"""--appendonly"",\s*""yes""", command);
        Assert.Contains(Compose.List("redis", "volumes"), v => v.EndsWith(":/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgres_and_redis_are_not_published()
    {
        Assert.DoesNotContain("ports", Compose.Keys("postgres"));
        Assert.DoesNotContain("ports", Compose.Keys("redis"));
    }

    [Fact]
    public void Only_sip_rtp_and_the_api_are_published()
    {
        var published = Compose.Services.Where(s => Compose.Keys(s).Contains("ports")).Order();
        Assert.Equal(["asterisk", "capconduit"], published);

        var asterisk = Compose.List("asterisk", "ports");
        Assert.Equal(3, asterisk.Count);
        Assert.Contains("5060:5060/udp", asterisk);
        Assert.Contains("5060:5060/tcp", asterisk);
        Assert.DoesNotContain(asterisk, p => p.Contains("8088", StringComparison.Ordinal));

        var api = Assert.Single(Compose.List("capconduit", "ports"));
        Assert.EndsWith(":8080", api, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_image_is_pinned_by_a_tag_other_than_latest()
    {
        foreach (var service in Compose.Services)
        {
            var image = Compose.Scalar(service, "image");
            Assert.False(image is null, $"service '{service}' names no image.");
            var tag = image.Contains(':', StringComparison.Ordinal) ? image[(image.LastIndexOf(':') + 1)..] : "";
            Assert.False(tag is "" or "latest", $"service '{service}' uses '{image}': pin a tag.");
        }
    }

    [Fact]
    public void The_api_and_asterisk_start_after_their_dependencies_are_ready_and_migrated()
    {
        var dependsOn = Compose.DependsOn("capconduit");

        Assert.Equal("service_healthy", dependsOn["postgres"]);
        Assert.Equal("service_healthy", dependsOn["redis"]);
        Assert.Equal("service_completed_successfully", dependsOn["migrate"]);
        Assert.Equal("service_started", dependsOn["asterisk"]);
        Assert.Equal("service_healthy", Compose.DependsOn("asterisk")["postgres"]);
        Assert.Equal("service_completed_successfully", Compose.DependsOn("asterisk")["migrate"]);
        Assert.All(["postgres", "redis", "asterisk", "capconduit"], s => Assert.Contains("healthcheck", Compose.Keys(s)));
    }

    [Fact]
    public void The_api_container_gets_the_ari_user_and_app_of_appsettings()
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(RepositoryFiles.PathOf("src", "GraphQL", "appsettings.json"), optional: false)
            .Build();
        var environment = Compose.Map("capconduit", "environment");

        Assert.Equal(settings["Ari:User"], environment["Ari__User"]);
        Assert.Equal(settings["Ari:App"], environment["Ari__App"]);
        Assert.All(
            ["ConnectionStrings__Postgres", "ConnectionStrings__Redis", "Ari__Url", "Ari__Password", "Jwt__SigningKey"],
            key => Assert.True(environment.ContainsKey(key), $"capconduit's environment lacks {key}."));
    }

    [Fact]
    public void The_file_has_no_top_level_name_which_docker_compose_v1_rejects()
    {
        Assert.DoesNotContain(File.ReadLines(ComposePath), line => line.StartsWith("name:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_variable_the_file_requires_is_documented_in_env_example()
    {
        var documented = File.ReadLines(RepositoryFiles.PathOf(".env.example"))
            .Where(l => l.Length > 0 && l[0] != '#' && l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split('=', 2)[0])
            .ToHashSet(StringComparer.Ordinal);
        var used = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(ComposePath), @"\$\{([A-Z][A-Z0-9_]*)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.True(documented.Contains(name), $"docker-compose.yml uses ${{{name}}}, which .env.example does not document."));
    }
}
