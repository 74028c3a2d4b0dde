using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>Input of <c>createCampaign</c>.</summary>
public sealed class CreateCampaignInputType : InputObjectGraphType
{
    public CreateCampaignInputType()
    {
        Name = "CreateCampaignInput";
        Description = "A new campaign. Admins create campaigns for any seller (ownerId required); a seller creates campaigns for themselves (ownerId omitted or their own id).";
        Field<IdGraphType>("ownerId").Description("The owning seller: required for admins, omitted (or the caller's own id) for sellers.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name, unique per owner (at most 200 characters).");
        Field<CampaignStatusType>("status").Description("Initial status (default ACTIVE).");
        Field<NonNullGraphType<RoutingStrategyType>>("routingStrategy").Description("How links are ordered.");
        Field<IntGraphType>("dialTimeoutSeconds").Description("Seconds a client may ring, 1–300 (default 30).");
        Field<StringGraphType>("description").Description("Free-form description (at most 2000 characters).");
    }
}

/// <summary>Input of <c>updateCampaign</c>: only the fields given change.</summary>
public sealed class UpdateCampaignInputType : InputObjectGraphType
{
    public UpdateCampaignInputType()
    {
        Name = "UpdateCampaignInput";
        Description = "Changes to a campaign. Fields left out keep their value; the owner cannot change.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Campaign to change.");
        Field<StringGraphType>("name").Description("New name, unique per owner.");
        Field<CampaignStatusType>("status").Description("New status. Activating fails with DID_IN_ACTIVE_CAMPAIGN if one of its DIDs is in another ACTIVE campaign.");
        Field<RoutingStrategyType>("routingStrategy").Description("New routing strategy.");
        Field<IntGraphType>("dialTimeoutSeconds").Description("New dial timeout, 1–300 seconds.");
        Field<StringGraphType>("description").Description("New description; null clears it.");
    }
}

/// <summary>Input of <c>deleteCampaign</c>.</summary>
public sealed class DeleteCampaignInputType : InputObjectGraphType
{
    public DeleteCampaignInputType()
    {
        Name = "DeleteCampaignInput";
        Description = "The campaign to delete, with its DID memberships and links.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Campaign to delete.");
    }
}

/// <summary>Input of <c>setCampaignDids</c>.</summary>
public sealed class SetCampaignDidsInputType : InputObjectGraphType
{
    public SetCampaignDidsInputType()
    {
        Name = "SetCampaignDidsInput";
        Description = "Replaces a campaign's DIDs with exactly the given ones (an empty list removes all).";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("Campaign to change.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("didIds")
            .Description("The DIDs the campaign should have; each must belong to the campaign's owner.");
    }
}
