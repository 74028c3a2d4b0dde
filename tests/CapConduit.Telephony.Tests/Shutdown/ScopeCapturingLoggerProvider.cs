using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Tests.Shutdown;

/// <summary>Keeps every log entry with the scopes that were active when it was written.</summary>
public sealed class ScopeCapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(ScopeCapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
            provider._scopes.ForEachScope((s, into) =>
            {
                if (s is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    foreach (var (key, value) in pairs)
                        into[key] = value;
                }
            }, scope);
            provider.Entries.Enqueue(new CapturedLog(category, eventId.Id, formatter(state, exception), scope));
        }
    }
}

public sealed record CapturedLog(string Category, int EventId, string Message, IReadOnlyDictionary<string, object?> Scope);
