namespace CapConduit.Telephony.Ari;

/// <summary>
/// The Q.850 cause values we act on (ITU-T Q.850 table 1; Asterisk's causes.h uses the same numbers).
/// </summary>
public static class HangupCause
{
    public const int UnallocatedNumber = 1;
    public const int NormalClearing = 16;
    public const int UserBusy = 17;
    public const int NoUserResponding = 18;
    public const int NoAnswer = 19;
    public const int CallRejected = 21;
    public const int DestinationOutOfOrder = 27;
    public const int NormalUnspecified = 31;
    public const int CircuitCongestion = 34;
    public const int NetworkOutOfOrder = 38;
    public const int TemporaryFailure = 41;
    public const int SwitchCongestion = 42;
    public const int InterworkingUnspecified = 127;

    public static bool IsBusy(int cause) => cause == UserBusy;

    public static bool IsNoAnswer(int cause) => cause is NoUserResponding or NoAnswer;

    /// <summary>The target could not take the call at all (failure or congestion); fail over.</summary>
    public static bool IsFailure(int cause) =>
        cause is CallRejected or DestinationOutOfOrder or CircuitCongestion or NetworkOutOfOrder
            or TemporaryFailure or SwitchCongestion or UnallocatedNumber or InterworkingUnspecified;
}
