using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>Input of <c>deleteClient</c>.</summary>
public sealed class DeleteClientInputType : InputObjectGraphType
{
    public DeleteClientInputType()
    {
        Name = "DeleteClientInput";
        Description = "The client to delete.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Client to delete.");
    }
}
