using CapConduit.Api.Auth;
using GraphQL.Types;

namespace CapConduit.Api.Schema;

/// <summary>Root mutation. Each feature adds its fields through its own <c>Add…Mutations</c> method.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes. Each takes one `input` and returns a payload with `errors: [UserError!]!`; a mutation that fails changes nothing.";
        this.AddAuthMutations();
    }
}
