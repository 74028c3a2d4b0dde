using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CapConduit.Api.Transport.Http;

/// <summary>Finds the type of the operation a request will run, as the spec selects it by operationName.</summary>
internal static class OperationSelector
{
    /// <returns>The operation's type, or null when the document does not parse or names no single operation
    /// (execution then reports the proper error).</returns>
    public static OperationType? Select(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name is { } name && name.StringValue == operationName);
        return selected?.Operation;
    }
}
