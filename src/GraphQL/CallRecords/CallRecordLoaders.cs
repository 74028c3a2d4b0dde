using CapConduit.Api.DataLoading;
using CapConduit.Persistence.CallRecords;
using GraphQL;

namespace CapConduit.Api.CallRecords;

/// <summary>Per-request batch loaders for objects hanging off call records.</summary>
public static class CallRecordLoaders
{
    /// <summary>Attempts by call record id: every record of the response costs one SQL query together.</summary>
    public static BatchLoader<Guid, IReadOnlyList<CallAttempt>> Attempts(IResolveFieldContext context)
    {
        var services = context.RequestServices
            ?? throw new InvalidOperationException("GraphQL execution has no RequestServices; set ExecutionOptions.RequestServices.");
        var store = services.GetRequiredService<CallRecordStore>();
        return RequestLoaderCache.Of(context)
            .GetOrAdd<Guid, IReadOnlyList<CallAttempt>>("CallRecord.attempts", store.AttemptsAsync);
    }
}
