using CapConduit.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>Campaign changes: admins for any seller, sellers for their own; staff may not change campaigns.</summary>
public static class CampaignMutations
{
    public static void AddCampaignMutations(this MutationType mutation)
    {
        mutation.Field<NonNullGraphType<CampaignPayloadType>>("createCampaign")
            .Description("Creates a campaign. Admins must give ownerId (a seller); sellers create campaigns for themselves. Fails with CAMPAIGN_NAME_TAKEN when the owner has one of that name.")
            .Argument<NonNullGraphType<CreateCampaignInputType>>("input", "The new campaign.")
            .ResolveAsync(async ctx => await Commands(ctx).CreateAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CampaignPayloadType>>("updateCampaign")
            .Description("Changes the fields given of a campaign (its owner or an admin).")
            .Argument<NonNullGraphType<UpdateCampaignInputType>>("input", "The changes.")
            .ResolveAsync(async ctx => await Commands(ctx).UpdateAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<DeleteCampaignPayloadType>>("deleteCampaign")
            .Description("Deletes a campaign with its DID memberships and links (its owner or an admin).")
            .Argument<NonNullGraphType<DeleteCampaignInputType>>("input", "The campaign to delete.")
            .ResolveAsync(async ctx => await Commands(ctx).DeleteAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CampaignPayloadType>>("setCampaignDids")
            .Description("Replaces a campaign's DIDs (its owner or an admin). Fails with DID_IN_ACTIVE_CAMPAIGN when the campaign is active and a DID is in another active campaign.")
            .Argument<NonNullGraphType<SetCampaignDidsInputType>>("input", "The campaign and its new DIDs.")
            .ResolveAsync(async ctx => await Commands(ctx).SetDidsAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));
    }

    private static CampaignCommands Commands(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<CampaignCommands>();
}
