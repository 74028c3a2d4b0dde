namespace CapConduit.Telephony.Caps;

public sealed partial class SlotStore
{
    /// <summary>How long the ids of applied resets are remembered; longer than any look-back that re-offers a reset.</summary>
    public static readonly TimeSpan AppliedResetMemory = TimeSpan.FromDays(3);

    /// <summary>
    /// Makes Redis follow an audited usage reset (a <c>campaign_client_usage_resets</c> row): subtracts
    /// <paramref name="previousUsed"/>, what the reset cleared, from the link's counter, once per
    /// <paramref name="resetId"/> however many instances or callers apply it. Safe to call from the reset mutation
    /// right after its commit and again from the routing refresher. Returns whether it was applied by this call.
    /// </summary>
    public async Task<bool> ApplyUsageResetAsync(Guid linkId, Guid resetId, long previousUsed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(previousUsed);
        var applied = await RunAsync(
            CapScripts.ApplyUsageReset,
            [Keys.Used(linkId), Keys.UsageResets(linkId)],
            [resetId.ToString("N"), previousUsed, (long)AppliedResetMemory.TotalSeconds],
            cancellationToken).ConfigureAwait(false);
        return (long)applied == 1;
    }
}
