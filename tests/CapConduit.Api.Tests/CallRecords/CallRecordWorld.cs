using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Tests.CallRecords;

/// <summary>
/// Two sellers, each with a DID and a campaign, two clients, staff and an admin, plus helpers that insert call
/// records. Tests compute what they expect from <see cref="Records"/>, the rows they inserted.
/// </summary>
public sealed class CallRecordWorld(PostgresFixture postgres)
{
    public User Admin { get; private set; } = null!;
    public User Staff { get; private set; } = null!;
    public User Alice { get; private set; } = null!;
    public User Bob { get; private set; } = null!;
    public Did AliceDid { get; private set; } = null!;
    public Did BobDid { get; private set; } = null!;
    public Campaign AliceCampaign { get; private set; } = null!;
    public Campaign BobCampaign { get; private set; } = null!;
    public Client Alpha { get; private set; } = null!;
    public Client Beta { get; private set; } = null!;
    public List<CallRecord> Records { get; } = [];

    public static async Task<CallRecordWorld> CreateAsync(PostgresFixture postgres, string aliceTimeZone = "UTC")
    {
        var world = new CallRecordWorld(postgres);
        await world.SeedAsync(aliceTimeZone);
        return world;
    }

    private async Task SeedAsync(string aliceTimeZone)
    {
        Admin = await TestUsers.AddAsync(postgres, TestUsers.Unique("admin"), UserRole.Admin);
        Staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        Alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        Bob = await TestUsers.AddAsync(postgres, TestUsers.Unique("bob"), UserRole.Seller);
        await using var db = postgres.CreateDbContext();
        await db.Users.Where(u => u.Id == Alice.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZone, aliceTimeZone));
        Alice.TimeZone = aliceTimeZone;

        var now = DateTimeOffset.UtcNow;
        AliceDid = Did(Alice, now);
        BobDid = Did(Bob, now);
        AliceCampaign = Campaign(Alice, "Alice leads", now);
        BobCampaign = Campaign(Bob, "Bob sales", now);
        Alpha = Client("alpha", now);
        Beta = Client("beta", now);
        db.AddRange(AliceDid, BobDid, AliceCampaign, BobCampaign, Alpha, Beta);
        await db.SaveChangesAsync();
    }

    /// <summary>Inserts one record to <paramref name="did"/>'s owner; optional parts default to an answered call.</summary>
    public CallRecord NewRecord(
        Did did, DateTimeOffset startedAt, Disposition disposition = Disposition.Answered, Client? client = null,
        string? callerNumber = "+15550001111", int talkSeconds = 30, int attempts = 0)
    {
        var campaign = did.OwnerId == Alice.Id ? AliceCampaign : BobCampaign;
        var answered = disposition == Disposition.Answered;
        var record = new CallRecord
        {
            Id = Guid.CreateVersion7(startedAt),
            SellerId = did.OwnerId,
            CampaignId = campaign.Id,
            DidId = did.Id,
            ClientId = client?.Id,
            DidNumber = did.Number,
            CampaignName = campaign.Name,
            ClientName = client?.Name,
            CallerNumber = callerNumber,
            CallerName = "Caller",
            StartedAt = startedAt,
            AnsweredAt = answered ? startedAt.AddSeconds(5) : null,
            EndedAt = startedAt.AddSeconds(5 + (answered ? talkSeconds : 0)),
            DurationSeconds = 5 + (answered ? talkSeconds : 0),
            TalkSeconds = answered ? talkSeconds : 0,
            Disposition = disposition,
            RejectReason = disposition == Disposition.Rejected ? RejectReason.NoEligibleClient : null,
            HangupCauseCode = answered ? 16 : 17,
            HangupCauseText = answered ? "NORMAL_CLEARING" : "USER_BUSY",
            ChannelId = $"chan-{Guid.NewGuid():N}",
            LinkedId = $"linked-{Guid.NewGuid():N}",
        };
        for (var i = 1; i <= attempts; i++)
        {
            record.Attempts.Add(new CallAttempt
            {
                Id = Guid.NewGuid(),
                CallRecordId = record.Id,
                Sequence = i,
                ClientId = (client ?? Alpha).Id,
                ClientName = (client ?? Alpha).Name,
                Endpoint = (client ?? Alpha).Identifier,
                StartedAt = startedAt.AddSeconds(1),
                EndedAt = startedAt.AddSeconds(4),
                Result = i == attempts && answered ? AttemptResult.Answered : AttemptResult.Busy,
                HangupCauseCode = 17,
                HangupCauseText = "USER_BUSY",
            });
        }

        Records.Add(record);
        return record;
    }

    /// <summary>Writes every record created by <see cref="NewRecord"/> that is not in the database yet.</summary>
    public async Task SaveAsync()
    {
        await using var db = postgres.CreateDbContext();
        var saved = await db.CallRecords.Select(r => r.Id).ToListAsync();
        db.CallRecords.AddRange(Records.Where(r => !saved.Contains(r.Id)));
        await db.SaveChangesAsync();
    }

    /// <summary>The API's order: startedAt descending, then id descending as PostgreSQL orders uuids (bytewise).</summary>
    public static IEnumerable<CallRecord> NewestFirst(IEnumerable<CallRecord> records) =>
        records.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id.ToString(), StringComparer.Ordinal);

    private static Did Did(User owner, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Number = "+1" + Random.Shared.NextInt64(2_000_000_000, 9_999_999_999),
        OwnerId = owner.Id,
        Status = DidStatus.Active,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static Campaign Campaign(User owner, string name, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        OwnerId = owner.Id,
        Name = name,
        Status = CampaignStatus.Active,
        RoutingStrategy = RoutingStrategyKind.Priority,
        DialTimeoutSeconds = 20,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static Client Client(string stem, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Identifier = TestUsers.Unique(stem),
        Name = stem + " Corp",
        Status = ClientStatus.Active,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
