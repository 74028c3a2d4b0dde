using System.Diagnostics;

namespace CapConduit.Api.Tests.Support;

/// <summary>
/// Counts the SQL commands Npgsql runs against one database, through Npgsql's ActivitySource. Other test classes
/// run in parallel against other databases, so activities are kept only when a tag names this database.
/// Connection opens are not counted: how many physical connections the pool opens depends on timing, not on rows.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();
    private int _count;

    public SqlCommandCounter(string databaseName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Only commands carry their SQL text; physical connection opens (pool growth) are not commands.
                var sql = activity.TagObjects.FirstOrDefault(t => t.Key is "db.statement" or "db.query.text").Value?.ToString();
                if (sql is not null && activity.TagObjects.Any(t => t.Value?.ToString()?.Contains(databaseName, StringComparison.Ordinal) == true))
                {
                    Interlocked.Increment(ref _count);
                    _commands.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The SQL text of each command counted, for failure messages.</summary>
    public IReadOnlyCollection<string> Commands => _commands.ToArray();

    public void Dispose() => _listener.Dispose();
}
