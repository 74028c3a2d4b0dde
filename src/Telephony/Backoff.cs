namespace CapConduit.Telephony;

/// <summary>Reconnect delays: exponential, capped, with jitter so many clients do not retry in step.</summary>
public static class Backoff
{
    /// <summary><paramref name="initial"/> × 2^failures, capped at <paramref name="max"/>, then scaled into [0.8, 1.2).</summary>
    /// <param name="random01">A random number in [0, 1), e.g. <c>Random.Shared.NextDouble()</c>.</param>
    public static TimeSpan Delay(int failures, TimeSpan initial, TimeSpan max, double random01)
    {
        var baseMs = initial.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 20));
        var capped = Math.Min(baseMs, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (0.4 * random01)));
    }
}
