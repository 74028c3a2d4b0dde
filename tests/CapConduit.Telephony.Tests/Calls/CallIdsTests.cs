using CapConduit.Telephony.Calls;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class CallIdsTests
{
    [Theory]
    [InlineData("1795470000.12", "1795470000.12")]
    [InlineData("1795470000.12-a1", "1795470000.12")]
    [InlineData("1795470000.12-a17", "1795470000.12")]
    [InlineData("1795470000.12-br", "1795470000.12")]
    [InlineData("some-app-id", "some-app-id")]
    [InlineData("x-ab", "x-ab")]
    public void Legs_and_bridges_map_back_to_their_inbound_call(string id, string callId) =>
        Assert.Equal(callId, CallIds.CallIdOf(id));

    [Fact]
    public void Leg_and_bridge_ids_follow_the_traces() =>
        Assert.Equal(("1.2-a3", "1.2-br"), (CallIds.Leg("1.2", 3), CallIds.Bridge("1.2")));

    [Theory]
    [InlineData(CallState.New, CallState.Dialing, true)]
    [InlineData(CallState.Dialing, CallState.Bridged, true)]
    [InlineData(CallState.Bridged, CallState.Ending, true)]
    [InlineData(CallState.Bridged, CallState.Dialing, false)]
    [InlineData(CallState.Ending, CallState.Bridged, false)]
    [InlineData(CallState.Ended, CallState.Dialing, false)]
    [InlineData(CallState.New, CallState.Bridged, false)]
    public void Only_forward_transitions_are_allowed(CallState from, CallState to, bool allowed) =>
        Assert.Equal(allowed, CallStateTransitions.IsAllowed(from, to));
}
