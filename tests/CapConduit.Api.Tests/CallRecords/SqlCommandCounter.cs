using System.Collections.Concurrent;
using System.Diagnostics;

namespace CapConduit.Api.Tests.CallRecords;

/// <summary>
/// Counts the SQL commands Npgsql runs against one database, through Npgsql's ActivitySource (its tracing), so the
/// count covers everything the in-process server does and nothing other test classes do on their databases.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly string _database;

    public SqlCommandCounter(string database)
    {
        _database = database;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Reset() => _commands.Clear();

    public void Dispose() => _listener.Dispose();

    private void OnStopped(Activity activity)
    {
        if (activity.GetTagItem("db.namespace") as string == _database && activity.GetTagItem("db.query.text") is string sql)
            _commands.Enqueue(sql);
    }
}
