using System.Globalization;

namespace CapConduit.Benchmarks.LiveEvents;

/// <summary>
/// <c>live-events --subscribers 1000 --rate 200 --seconds 20 [--warmup 3] [--sellers 0]</c>. With <c>--sellers 0</c>
/// every subscriber is staff and receives every event (the worst case: subscribers × rate deliveries a second); with
/// <c>--sellers N</c> subscribers are spread over N sellers and each event belongs to one of them.
/// </summary>
internal sealed record LiveEventsLoadOptions(int Subscribers, int Rate, int Seconds, int WarmupSeconds, int Sellers)
{
    public static LiveEventsLoadOptions Parse(IReadOnlyList<string> args)
    {
        int Get(string name, int fallback, int min, int max)
        {
            var i = args.ToList().IndexOf(name);
            var value = i >= 0 && i + 1 < args.Count ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
            if (value < min || value > max)
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
            return value;
        }

        return new LiveEventsLoadOptions(
            Get("--subscribers", 1000, 1, 5000), Get("--rate", 200, 1, 5000), Get("--seconds", 20, 1, 600),
            Get("--warmup", 3, 0, 60), Get("--sellers", 0, 0, 1000));
    }
}
