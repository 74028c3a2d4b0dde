namespace CapConduit.Telephony.Caps;

/// <summary>Why a link gave no slot.</summary>
public enum SlotRefusal
{
    /// <summary>Live calls on the link already reach its max concurrency.</summary>
    ConcurrencyFull,

    /// <summary>Answered calls plus calls in flight already reach the link's total cap.</summary>
    TotalCapUsed,
}
