using CapConduit.Testing;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Api.Tests;

/// <summary>
/// schema.graphql at the repository root is what front-end developers read; it must equal the running schema.
/// Regenerate with: CAPCONDUIT_UPDATE_SCHEMA=1 dotnet test tests/CapConduit.Api.Tests --filter SchemaFileTests
/// </summary>
public sealed class SchemaFileTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public void Schema_file_matches_the_running_schema()
    {
        using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var schema = api.Services.GetRequiredService<ISchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).Trim() + "\n";
        var path = Path.Combine(RepositoryRoot(), "schema.graphql");

        if (Environment.GetEnvironmentVariable("CAPCONDUIT_UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), "schema.graphql is missing; run with CAPCONDUIT_UPDATE_SCHEMA=1 to create it.");
        Assert.True(printed == File.ReadAllText(path),
            "schema.graphql is stale: run CAPCONDUIT_UPDATE_SCHEMA=1 dotnet test tests/CapConduit.Api.Tests --filter SchemaFileTests");
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltIn(t)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
                missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                missing.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
        }

        Assert.True(missing.Count == 0, "Missing descriptions: " + string.Join(", ", missing));
    }

    private static bool IsBuiltIn(IGraphType type) =>
        type is ScalarGraphType { Name: "String" or "Int" or "Float" or "Boolean" or "ID" };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CapConduit.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("CapConduit.sln not found above " + AppContext.BaseDirectory);
    }
}
