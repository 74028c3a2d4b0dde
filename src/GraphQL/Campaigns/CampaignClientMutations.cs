using CapConduit.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>Link changes: the campaign's owner or an admin; staff may not change sellers' links.</summary>
public static class CampaignClientMutations
{
    public static void AddCampaignClientMutations(this MutationType mutation)
    {
        mutation.Field<NonNullGraphType<CampaignClientPayloadType>>("addCampaignClient")
            .Description("Links a client to a campaign with its caps. Fails with LINK_EXISTS when the pair is already linked.")
            .Argument<NonNullGraphType<AddCampaignClientInputType>>("input", "The new link.")
            .ResolveAsync(async ctx => await Commands(ctx).AddAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CampaignClientPayloadType>>("updateCampaignClient")
            .Description("Changes the fields given of a link.")
            .Argument<NonNullGraphType<UpdateCampaignClientInputType>>("input", "The changes.")
            .ResolveAsync(async ctx => await Commands(ctx).UpdateAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CampaignClientPayloadType>>("removeCampaignClient")
            .Description("Removes a link from its campaign.")
            .Argument<NonNullGraphType<CampaignLinkInputType>>("input", "The link to remove.")
            .ResolveAsync(async ctx => await Commands(ctx).RemoveAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CampaignClientPayloadType>>("resetCampaignClientUsage")
            .Description("Sets a link's totalCallsUsed to 0 and records who did it and the previous value (audited). The campaign's owner or an admin.")
            .Argument<NonNullGraphType<CampaignLinkInputType>>("input", "The link to reset.")
            .ResolveAsync(async ctx => await Commands(ctx).ResetUsageAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));
    }

    private static CampaignClientCommands Commands(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<CampaignClientCommands>();
}
