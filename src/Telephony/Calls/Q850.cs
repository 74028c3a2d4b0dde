using CapConduit.Telephony.Ari;

namespace CapConduit.Telephony.Calls;

/// <summary>Q.850 cause texts for call records (the wording Asterisk's causes.h uses).</summary>
internal static class Q850
{
    public static string Text(int cause) => cause switch
    {
        HangupCause.UnallocatedNumber => "Unallocated (unassigned) number",
        HangupCause.NormalClearing => "Normal Clearing",
        HangupCause.UserBusy => "User busy",
        HangupCause.NoUserResponding => "No user responding",
        HangupCause.NoAnswer => "User alerting, no answer",
        HangupCause.CallRejected => "Call Rejected",
        HangupCause.DestinationOutOfOrder => "Destination out of order",
        HangupCause.NormalUnspecified => "Normal, unspecified",
        HangupCause.CircuitCongestion => "Circuit/channel congestion",
        HangupCause.NetworkOutOfOrder => "Network out of order",
        HangupCause.TemporaryFailure => "Temporary failure",
        HangupCause.SwitchCongestion => "Switching equipment congestion",
        HangupCause.InterworkingUnspecified => "Interworking, unspecified",
        _ => $"Cause {cause}",
    };
}
