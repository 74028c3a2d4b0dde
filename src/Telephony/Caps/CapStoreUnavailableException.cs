namespace CapConduit.Telephony.Caps;

/// <summary>
/// Redis could not be reached (or timed out) for a cap operation. Always transient: callers refuse
/// the call rather than route it unchecked, and retry later.
/// </summary>
public sealed class CapStoreUnavailableException : Exception
{
    public CapStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool IsTransient => true;
}
