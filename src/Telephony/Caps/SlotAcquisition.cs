namespace CapConduit.Telephony.Caps;

/// <summary>The result of one acquire: a lease, or the reason there was none.</summary>
public sealed record SlotAcquisition(SlotLease? Lease, SlotRefusal? Refusal)
{
    public bool Granted => Lease is not null;

    public static SlotAcquisition Grant(SlotLease lease) => new(lease, null);

    public static SlotAcquisition Refuse(SlotRefusal refusal) => new(null, refusal);
}
