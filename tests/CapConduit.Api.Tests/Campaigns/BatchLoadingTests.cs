using CapConduit.Api.Tests.Clients;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;

namespace CapConduit.Api.Tests.Campaigns;

/// <summary>Nested reads load related rows in batches: the SQL command count does not grow with the rows.</summary>
public sealed class BatchLoadingTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    private const string Nested = """
        { campaigns(first: 10) { totalCount nodes { name ownerUsername dids { number ownerUsername } links { priority client { identifier name } } } } }
        """;

    [Fact]
    public async Task Campaigns_links_and_clients_load_with_a_fixed_number_of_sql_commands()
    {
        await SeedCampaignAsync(links: 1);
        await fx.ExecuteAsync(fx.Bob, "{ me { id } }"); // warm-up: the viewer's row is read once, then cached
        var small = await CountCommandsAsync();

        for (var i = 0; i < 5; i++)
            await SeedCampaignAsync(links: 3);
        var large = await CountCommandsAsync();

        Assert.True(small.Commands > 0, "No SQL commands were observed; the counter is not seeing this database.");
        Assert.Equal(1, small.Campaigns);
        Assert.Equal(6, large.Campaigns);
        Assert.True(small.Commands == large.Commands,
            $"{small.Commands} commands for 1 campaign, {large.Commands} for 6:\n{string.Join("\n", large.Sql)}\n---\n{string.Join("\n", small.Sql)}");
    }

    private async Task SeedCampaignAsync(int links)
    {
        var campaign = await fx.CampaignAsync(fx.Bob, CampaignStatus.Active, await fx.DidAsync(fx.Bob));
        for (var i = 0; i < links; i++)
        {
            var (clientId, _) = await ClientOperations.CreateAsync(fx, "batch");
            await fx.LinkAsync(campaign, Guid.Parse(clientId), priority: i);
        }
    }

    private async Task<(int Commands, int Campaigns, IReadOnlyCollection<string> Sql)> CountCommandsAsync()
    {
        using var counter = new SqlCommandCounter(fx.DatabaseName);
        var response = await fx.ExecuteAsync(fx.Bob, Nested);
        Assert.True(response.ErrorCode is null, response.ToString());
        return (counter.Count, response.Data.GetProperty("campaigns").GetProperty("nodes").GetArrayLength(), counter.Commands);
    }
}
