using CapConduit.Telephony.Routing;

namespace CapConduit.Telephony.Tests.Routing.SnapshotLoading;

public sealed class SnapshotOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new RoutingSnapshotOptions();

        options.Validate();

        Assert.Equal(TimeSpan.FromSeconds(30), options.RefreshInterval);
    }

    [Theory]
    [InlineData(0.5, 0.1, "RoutingSnapshot:RefreshInterval")]
    [InlineData(30, 0.01, "RoutingSnapshot:RetryDelay")]
    [InlineData(5, 10, "RoutingSnapshot:RetryDelay")]
    public void An_unworkable_setting_is_refused_naming_the_setting_and_its_value(double refreshSeconds, double retrySeconds, string setting)
    {
        var options = new RoutingSnapshotOptions
        {
            RefreshInterval = TimeSpan.FromSeconds(refreshSeconds),
            RetryDelay = TimeSpan.FromSeconds(retrySeconds),
        };

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.StartsWith(setting, error.Message, StringComparison.Ordinal);
        Assert.Contains(setting.EndsWith("RefreshInterval", StringComparison.Ordinal) ? options.RefreshInterval.ToString() : options.RetryDelay.ToString(),
            error.Message, StringComparison.Ordinal);
    }
}
