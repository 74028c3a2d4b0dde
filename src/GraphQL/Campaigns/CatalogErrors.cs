using CapConduit.Api.Schema.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapConduit.Api.Campaigns;

/// <summary>Stable <c>UserError.code</c> values of the client, DID and campaign mutations.</summary>
public static class CatalogErrors
{
    public const string Invalid = "INVALID_VALUE";
    public const string Required = "REQUIRED";
    public const string NotFound = "NOT_FOUND";
    public const string IdentifierTaken = "IDENTIFIER_TAKEN";
    public const string NumberTaken = "NUMBER_TAKEN";
    public const string CampaignNameTaken = "CAMPAIGN_NAME_TAKEN";
    public const string LinkExists = "LINK_EXISTS";
    public const string DidInActiveCampaign = "DID_IN_ACTIVE_CAMPAIGN";
    public const string ClientInUse = "CLIENT_IN_USE";
    public const string OwnerNotSeller = "OWNER_NOT_SELLER";

    /// <summary>True when <paramref name="ex"/> is a unique violation of the index or constraint <paramref name="name"/>.</summary>
    public static bool IsUniqueViolation(DbUpdateException ex, string name) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
        && string.Equals(pg.ConstraintName, name, StringComparison.Ordinal);

    public static UserError NotFoundError(string what, IReadOnlyList<string> field) =>
        new(NotFound, $"{what} was not found.", field);
}
