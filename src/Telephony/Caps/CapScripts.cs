namespace CapConduit.Telephony.Caps;

/// <summary>The cap scripts, read from the assembly once per process.</summary>
internal static class CapScripts
{
    public static readonly CapScript AcquireSlot = CapScript.Load("acquire-slot.lua");
    public static readonly CapScript RenewLeases = CapScript.Load("renew-leases.lua");
    public static readonly CapScript ReleaseSlot = CapScript.Load("release-slot.lua");
    public static readonly CapScript MarkAnswered = CapScript.Load("mark-answered.lua");
    public static readonly CapScript ReadCounts = CapScript.Load("read-counts.lua");
}
