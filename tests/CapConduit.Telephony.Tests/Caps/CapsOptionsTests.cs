using CapConduit.Telephony.Caps;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class CapsOptionsTests
{
    [Fact]
    public void A_renew_interval_not_below_the_ttl_is_refused_naming_the_setting_and_value()
    {
        var options = new CapsOptions { LeaseTtl = TimeSpan.FromSeconds(10), RenewInterval = TimeSpan.FromSeconds(10) };

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Caps:RenewInterval", error.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid() => new CapsOptions().Validate();
}
