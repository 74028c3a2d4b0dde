using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Persistence.Seed;

public sealed partial class SampleDataSeeder
{
    private static async Task<Dictionary<string, Campaign>> SeedCampaignsAsync(
        CapConduitDbContext db, Dictionary<string, User> users, Dictionary<string, Client> clients,
        Dictionary<string, Did> dids, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Campaign>();
        foreach (var sample in SampleData.Campaigns)
        {
            var ownerId = users[sample.Owner].Id;
            var existing = await db.Campaigns.SingleOrDefaultAsync(
                c => c.OwnerId == ownerId && c.Name == sample.Name, cancellationToken);
            result[sample.Name] = tally.Count(existing, () =>
            {
                var campaign = new Campaign
                {
                    Id = Guid.CreateVersion7(now),
                    OwnerId = ownerId,
                    Name = sample.Name,
                    Status = sample.Status,
                    RoutingStrategy = sample.Strategy,
                    DialTimeoutSeconds = sample.DialTimeoutSeconds,
                    CreatedAt = now,
                    UpdatedAt = now,
                    Dids = [.. sample.Dids.Select(n => new CampaignDid { DidId = dids[n].Id, CreatedAt = now })],
                    Links = [.. sample.Links.Select(l => new CampaignClient
                    {
                        Id = Guid.CreateVersion7(now),
                        ClientId = clients[l.Client].Id,
                        Status = l.Status,
                        Priority = l.Priority,
                        Weight = l.Weight,
                        MaxConcurrency = l.MaxConcurrency,
                        TotalCallsAllowed = l.TotalAllowed,
                        TotalCallsUsed = l.TotalUsed,
                        CreatedAt = now,
                        UpdatedAt = now,
                    })],
                };
                return db.Campaigns.Add(campaign).Entity;
            });
        }
        return result;
    }

    private static async Task SeedCallsAsync(
        CapConduitDbContext db, Dictionary<string, Client> clients,
        Dictionary<string, Did> dids, Dictionary<string, Campaign> campaigns, DateTimeOffset now, Tally tally,
        CancellationToken cancellationToken)
    {
        var sampleIds = SampleData.Calls.Select(c => c.ChannelId).ToList();
        var present = await db.CallRecords.Where(r => sampleIds.Contains(r.ChannelId))
            .Select(r => r.ChannelId).ToListAsync(cancellationToken);
        foreach (var sample in SampleData.Calls)
        {
            if (present.Contains(sample.ChannelId))
            {
                tally.Existing++;
                continue;
            }
            tally.Created++;
            var did = dids[sample.DidNumber];
            var campaign = sample.Campaign is null ? null : campaigns[sample.Campaign];
            var client = sample.Client is null ? null : clients[sample.Client];
            var link = campaign?.Links.FirstOrDefault(l => l.ClientId == client?.Id)
                ?? (campaign is null || client is null ? null
                    : await db.CampaignClients.SingleOrDefaultAsync(
                        l => l.CampaignId == campaign.Id && l.ClientId == client.Id, cancellationToken));
            var started = now.AddMinutes(-sample.AgoMinutes);
            var answered = sample.Disposition == Disposition.Answered ? started.AddSeconds(sample.RingSeconds) : (DateTimeOffset?)null;
            var ended = started.AddSeconds(sample.RingSeconds + sample.TalkSeconds);
            var record = new CallRecord
            {
                Id = Guid.CreateVersion7(started),
                SellerId = did.OwnerId,
                CampaignId = campaign?.Id,
                DidId = did.Id,
                ClientId = client?.Id,
                LinkId = link?.Id,
                DidNumber = did.Number,
                CampaignName = campaign?.Name,
                ClientName = client?.Name,
                CallerNumber = sample.CallerNumber,
                StartedAt = started,
                AnsweredAt = answered,
                EndedAt = ended,
                DurationSeconds = sample.RingSeconds + sample.TalkSeconds,
                TalkSeconds = sample.TalkSeconds,
                Disposition = sample.Disposition,
                RejectReason = sample.RejectReason,
                HangupCauseCode = sample.HangupCause,
                HangupCauseText = sample.HangupCause switch { 16 => "Normal Clearing", 19 => "No user responding", _ => "Unallocated (unassigned) number" },
                ChannelId = sample.ChannelId,
                LinkedId = sample.ChannelId,
            };
            if (client is not null)
            {
                record.Attempts.Add(new CallAttempt
                {
                    Id = Guid.CreateVersion7(started),
                    Sequence = 1,
                    ClientId = client.Id,
                    LinkId = link?.Id,
                    ClientName = client.Name,
                    Endpoint = $"PJSIP/{client.Identifier}",
                    ChannelId = $"{sample.ChannelId}-a1",
                    StartedAt = started,
                    EndedAt = ended,
                    Result = sample.Disposition == Disposition.Answered ? AttemptResult.Answered : AttemptResult.NoAnswer,
                    HangupCauseCode = sample.HangupCause,
                    HangupCauseText = record.HangupCauseText,
                });
            }
            db.CallRecords.Add(record);
        }
    }
}
