using CapConduit.Persistence;
using CapConduit.Persistence.AsteriskRealtime;
using CapConduit.Telephony.Tests.Calls;

namespace CapConduit.Telephony.Tests.Shutdown;

/// <summary>
/// Gives every client of a <see cref="CallFlowWorld"/> a registered contact (ps_aors.contact), so the snapshot the
/// routing refresher loads from PostgreSQL at start agrees with the one the test swapped in.
/// </summary>
public static class ReachableClients
{
    public static async Task AddContactsAsync(this CallFlowWorld world, Func<CapConduitDbContext> createDb)
    {
        await using var db = createDb();
        foreach (var link in world.Links.Values)
            db.Add(new PsAor { Id = link.ClientIdentifier, Contact = $"sip:{link.ClientIdentifier}@127.0.0.1:5070", MaxContacts = 1 });
        await db.SaveChangesAsync();
    }
}
