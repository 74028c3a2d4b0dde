namespace CapConduit.Testing;

/// <summary>Polls a condition until it holds, instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string because, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (await condition())
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Condition not met in time: {because}");
            await Task.Delay(20);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string because, TimeSpan? within = null) =>
        TrueAsync(() => Task.FromResult(condition()), because, within);
}
