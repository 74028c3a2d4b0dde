namespace CapConduit.Api.Tests.Campaigns;

/// <summary>The GraphQL documents the campaign tests send.</summary>
internal static class CampaignOperations
{
    private const string CampaignFields = "id name ownerId ownerUsername status routingStrategy dialTimeoutSeconds description dids { id number } links { id client { id identifier } status maxConcurrency totalCallsAllowed totalCallsUsed priority weight }";
    private const string LinkFields = "id campaignId client { id identifier name department } status maxConcurrency totalCallsAllowed totalCallsUsed priority weight";

    public const string Create = $$"""
        mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { {{CampaignFields}} } errors { code message field } } }
        """;

    public const string Update = $$"""
        mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { {{CampaignFields}} } errors { code message field } } }
        """;

    public const string Delete = """
        mutation($input: DeleteCampaignInput!) { deleteCampaign(input: $input) { deletedCampaignId errors { code message field } } }
        """;

    public const string SetDids = $$"""
        mutation($input: SetCampaignDidsInput!) { setCampaignDids(input: $input) { campaign { {{CampaignFields}} } errors { code message field } } }
        """;

    public const string AddLink = $$"""
        mutation($input: AddCampaignClientInput!) { addCampaignClient(input: $input) { link { {{LinkFields}} } errors { code message field } } }
        """;

    public const string UpdateLink = $$"""
        mutation($input: UpdateCampaignClientInput!) { updateCampaignClient(input: $input) { link { {{LinkFields}} } errors { code message field } } }
        """;

    public const string RemoveLink = """
        mutation($input: CampaignLinkInput!) { removeCampaignClient(input: $input) { removedLinkId errors { code message field } } }
        """;

    public const string ResetUsage = $$"""
        mutation($input: CampaignLinkInput!) { resetCampaignClientUsage(input: $input) { link { {{LinkFields}} } errors { code message field } } }
        """;
}
