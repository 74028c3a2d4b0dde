namespace CapConduit.Telephony.Caps;

/// <summary>Configuration section "Caps": Redis key prefix and lease timing.</summary>
public sealed class CapsOptions
{
    public const string SectionName = "Caps";

    /// <summary>Prefix of every cap key; <c>Redis:KeyPrefix</c> unless set (tests use a unique one each).</summary>
    public string KeyPrefix { get; set; } = "capconduit:";

    /// <summary>How long a slot lives without renewal; a crashed instance's slots free themselves after this.</summary>
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often held leases are renewed; must be well below <see cref="LeaseTtl"/>.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the "answer already counted" marker of a call is kept.</summary>
    public TimeSpan AnsweredMarkerTtl { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Throws naming the setting and its value when the configuration cannot work.</summary>
    public void Validate()
    {
        if (LeaseTtl < TimeSpan.FromMilliseconds(100))
            throw new InvalidOperationException($"{SectionName}:{nameof(LeaseTtl)} must be at least 100 ms; it is {LeaseTtl}.");
        if (RenewInterval <= TimeSpan.Zero || RenewInterval >= LeaseTtl)
        {
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(RenewInterval)} must be positive and below {nameof(LeaseTtl)} ({LeaseTtl}); it is {RenewInterval}.");
        }
        if (AnsweredMarkerTtl < TimeSpan.FromSeconds(1))
            throw new InvalidOperationException($"{SectionName}:{nameof(AnsweredMarkerTtl)} must be at least 1 s; it is {AnsweredMarkerTtl}.");
    }
}
