using CapConduit.Api.Schema.Errors;
using GraphQL.Validation;

namespace CapConduit.Api.Schema.Relay;

/// <summary>Rejects a document whose <c>first</c> or <c>last</c> argument (literal or variable) exceeds the page size limit.</summary>
public sealed class PageSizeLimitRule(int maxPageSize = PageSizeLimitRule.DefaultMaxPageSize) : ValidationRuleBase
{
    public const int DefaultMaxPageSize = 100;

    // Post-node: by then GraphQL.NET has coerced arguments with variable values into ArgumentValues.
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (field, arguments) in context.ArgumentValues ?? [])
        {
            foreach (var name in (ReadOnlySpan<string>)["first", "last"])
            {
                if (arguments.TryGetValue(name, out var argument) && argument.Value is int size && size > maxPageSize)
                {
                    context.ReportError(new ValidationError(
                        context.Document.Source,
                        "PAGE_SIZE_LIMIT",
                        $"Argument '{name}' of field '{field.Name.StringValue}' is {size}; the maximum page size is {maxPageSize}.",
                        field)
                    { Code = ErrorCodes.ValidationFailed });
                }
            }
        }

        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
