using System.Text.Json;
using CapConduit.Api.Tests.Support;

namespace CapConduit.Api.Tests.Users;

/// <summary>The user GraphQL operations as the tests call them.</summary>
internal static class UserOperations
{
    public const string UserFields = "id username email role status fullName companyName timeZone createdAt updatedAt";

    public const string CreateUser = $$"""
        mutation Create($input: CreateUserInput!) {
          createUser(input: $input) { user { {{UserFields}} } errors { code message field } }
        }
        """;

    public const string UpdateUser = $$"""
        mutation Update($input: UpdateUserInput!) {
          updateUser(input: $input) { user { {{UserFields}} } errors { code message field } }
        }
        """;

    public const string SetUserPassword = """
        mutation SetPassword($input: SetUserPasswordInput!) {
          setUserPassword(input: $input) { user { id username } errors { code message field } }
        }
        """;

    public const string DeleteUser = """
        mutation Delete($input: DeleteUserInput!) {
          deleteUser(input: $input) { deletedUserId errors { code message field } }
        }
        """;

    public const string Users = $$"""
        query Users($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {
          users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { username } }
            nodes { {{UserFields}} }
          }
        }
        """;

    public const string UserById = "query User($id: ID!) { user(id: $id) { id username role } }";

    public const string Me = "{ me { id username role } }";

    /// <summary>Runs a mutation and returns its payload (data.&lt;field&gt;), failing the test on GraphQL errors.</summary>
    public static async Task<JsonElement> MutateAsync(this GraphQLClient client, string mutation, string field, object input, string? bearer)
    {
        using var body = await client.PostAsync(mutation, new { input }, bearer);
        Assert.True(GraphQLJson.ErrorCodes(body).Count == 0, $"{field} failed: {body.RootElement}");
        return body.RootElement.GetProperty("data").GetProperty(field).Clone();
    }
}
