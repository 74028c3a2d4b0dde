using System.Diagnostics;

namespace CapConduit.Api.Tests.Support;

/// <summary>
/// Counts the SQL commands Npgsql runs against one database, through Npgsql's ActivitySource. Other test classes
/// run in parallel against other databases, so activities are kept only when a tag names this database.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private int _count;

    public SqlCommandCounter(string databaseName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.TagObjects.Any(t => t.Value?.ToString()?.Contains(databaseName, StringComparison.Ordinal) == true))
                    Interlocked.Increment(ref _count);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void Dispose() => _listener.Dispose();
}
