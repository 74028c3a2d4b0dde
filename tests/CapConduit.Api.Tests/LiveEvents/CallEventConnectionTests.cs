using CapConduit.Api.Calls;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CapConduit.Api.Tests.LiveEvents.LiveEventFactory;

namespace CapConduit.Api.Tests.LiveEvents;

public sealed class CallEventConnectionTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Two_server_instances_on_one_redis_both_deliver_an_event()
    {
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        var prefix = RedisFixture.NewKeyPrefix();
        await using var first = LiveEventsHost.Start(postgres, redis, prefix);
        await using var second = LiveEventsHost.Start(postgres, redis, prefix);
        await using var onFirst = await first.ConnectAsync(staff);
        await using var onSecond = await second.ConnectAsync(staff);
        await onFirst.SubscribeCallEventsAsync("1");
        await onSecond.SubscribeCallEventsAsync("1");
        await first.SubscribersAttachedAsync(1);
        await second.SubscribersAttachedAsync(1);

        // Published by the first instance's publisher (as a call on any instance would be).
        await first.Publisher.PublishAsync(Event(LiveEventType.CallStarted, "shared-call", Guid.NewGuid()), CancellationToken.None);

        Assert.Equal("shared-call", (await onFirst.ReceiveEventAsync()).GetProperty("callId").GetString());
        Assert.Equal("shared-call", (await onSecond.ReceiveEventAsync()).GetProperty("callId").GetString());
    }

    [Fact]
    public async Task An_expiring_token_closes_the_socket_with_4403()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        await using var host = LiveEventsHost.Start(postgres, redis);
        // Issued 15 min minus 2 s ago with the 15 min lifetime: still valid at connection_init, expires 2 s later.
        var token = host.TokenIssuedAgo(alice, TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(2));
        await using var socket = await LiveWsClient.ConnectAndInitAsync(host.Api, token);
        await socket.SubscribeCallEventsAsync("1");

        Assert.Equal(4403, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Deactivating_the_user_closes_the_socket_with_4403()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        await using var host = LiveEventsHost.Start(postgres, redis, settings: new Dictionary<string, string?>
        {
            ["GraphQL:RevalidationInterval"] = "00:00:00.200",
        });
        await using var socket = await host.ConnectAsync(alice);
        await socket.SubscribeCallEventsAsync("1");
        await host.SubscribersAttachedAsync(1);

        await using (var db = postgres.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == alice.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, UserStatus.Inactive));
        }

        Assert.Equal(4403, await socket.ReceiveCloseAsync());
        await host.SubscribersAttachedAsync(0);
    }

    [Fact]
    public async Task A_subscriber_that_falls_behind_is_ended_without_delaying_another()
    {
        await using var host = LiveEventsHost.Start(postgres, redis, settings: new Dictionary<string, string?>
        {
            ["CallEvents:SubscriberBufferCapacity"] = "5",
        });
        var hub = host.Api.Services.GetRequiredService<LiveEventHub>();
        using var stalled = await hub.OpenAsync(new CallEventFilter(null), CancellationToken.None);
        using var reading = await hub.OpenAsync(new CallEventFilter(null), CancellationToken.None);
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var reader = Task.Run(async () =>
        {
            await foreach (var e in reading.ReadAllAsync(CancellationToken.None))
            {
                received.Enqueue(e.CallId);
                if (received.Count == 20)
                    return;
            }
        });

        for (var i = 0; i < 20; i++)
        {
            await host.Publisher.PublishAsync(Event(LiveEventType.CallStarted, $"call-{i}", null), CancellationToken.None);
            // Keeps the live reader within its own 5-event buffer; the stalled one never reads.
            await Eventually.TrueAsync(() => received.Count > i || reader.IsCompleted, "the reading subscriber keeps up");
        }

        await reader;
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"call-{i}"), received);
        var stalledEvents = new List<string>();
        var overflow = await Assert.ThrowsAsync<LiveEventFeedOverflowException>(async () =>
        {
            await foreach (var e in stalled.ReadAllAsync(CancellationToken.None))
                stalledEvents.Add(e.CallId);
        });
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"call-{i}"), stalledEvents);
        Assert.Equal(1, hub.SubscriberCount);
        Assert.Contains("subscribe again", overflow.Message, StringComparison.Ordinal);
    }
}
