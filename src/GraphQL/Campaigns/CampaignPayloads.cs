using CapConduit.Api.Schema.Errors;
using CapConduit.Persistence.Campaigns;
using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>Result of the campaign mutations that return the campaign.</summary>
public sealed record CampaignPayload(Campaign? Campaign, IReadOnlyList<UserError> Errors);

/// <summary>Result of deleteCampaign.</summary>
public sealed record DeleteCampaignPayload(Guid? DeletedCampaignId, IReadOnlyList<UserError> Errors);

/// <summary>Result of the link mutations.</summary>
public sealed record CampaignClientPayload(CampaignClient? Link, Guid? RemovedLinkId, IReadOnlyList<UserError> Errors);

/// <summary>GraphQL type of <see cref="CampaignPayload"/>.</summary>
public sealed class CampaignPayloadType : ObjectGraphType<CampaignPayload>
{
    public CampaignPayloadType()
    {
        Name = "CampaignPayload";
        Description = "The campaign after the change, or errors (and no change).";
        Field<CampaignType>("campaign").Description("The campaign as stored; null when the mutation failed.").Resolve(ctx => ctx.Source.Campaign);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation failed; empty on success.").Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>GraphQL type of <see cref="DeleteCampaignPayload"/>.</summary>
public sealed class DeleteCampaignPayloadType : ObjectGraphType<DeleteCampaignPayload>
{
    public DeleteCampaignPayloadType()
    {
        Name = "DeleteCampaignPayload";
        Description = "The id of the deleted campaign, or errors (and no change).";
        Field<IdGraphType>("deletedCampaignId").Description("Id of the deleted campaign; null when the mutation failed.").Resolve(ctx => ctx.Source.DeletedCampaignId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation failed; empty on success.").Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>GraphQL type of <see cref="CampaignClientPayload"/>.</summary>
public sealed class CampaignClientPayloadType : ObjectGraphType<CampaignClientPayload>
{
    public CampaignClientPayloadType()
    {
        Name = "CampaignClientPayload";
        Description = "The link after the change, or errors (and no change).";
        Field<CampaignClientType>("link").Description("The link as stored; null when removed or when the mutation failed.").Resolve(ctx => ctx.Source.Link);
        Field<IdGraphType>("removedLinkId").Description("Id of the removed link (removeCampaignClient only).").Resolve(ctx => ctx.Source.RemovedLinkId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation failed; empty on success.").Resolve(ctx => ctx.Source.Errors);
    }
}
