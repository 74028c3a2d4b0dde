using GraphQL.Types;

namespace CapConduit.Api.Dids;

/// <summary>Input of <c>createDid</c>.</summary>
public sealed class CreateDidInputType : InputObjectGraphType
{
    public CreateDidInputType()
    {
        Name = "CreateDidInput";
        Description = "A new DID. Admins create DIDs for any seller (ownerId required); a seller creates DIDs for themselves (ownerId omitted or their own id).";
        Field<NonNullGraphType<StringGraphType>>("number").Description("E.164 number (^\\+[1-9]\\d{1,14}$), unique; cannot change later.");
        Field<IdGraphType>("ownerId").Description("The owning seller: required for admins, omitted (or the caller's own id) for sellers.");
        Field<DidStatusType>("status").Description("Initial status (default ACTIVE).");
        Field<StringGraphType>("description").Description("Free-form description (at most 500 characters).");
    }
}

/// <summary>Input of <c>updateDid</c>: only the fields given change; the number is immutable.</summary>
public sealed class UpdateDidInputType : InputObjectGraphType
{
    public UpdateDidInputType()
    {
        Name = "UpdateDidInput";
        Description = "Changes to a DID. Fields left out keep their value; the number and owner cannot change.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("DID to change.");
        Field<DidStatusType>("status").Description("New status.");
        Field<StringGraphType>("description").Description("New description; null clears it.");
    }
}

/// <summary>Input of <c>deleteDid</c>.</summary>
public sealed class DeleteDidInputType : InputObjectGraphType
{
    public DeleteDidInputType()
    {
        Name = "DeleteDidInput";
        Description = "The DID to delete; it is removed from every campaign.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("DID to delete.");
    }
}
