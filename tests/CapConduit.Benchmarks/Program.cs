using BenchmarkDotNet.Running;

namespace CapConduit.Benchmarks;

// dotnet run -c Release --project tests/CapConduit.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/CapConduit.Benchmarks -- live-events --subscribers 1000 --rate 200 --seconds 20
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "live-events")
            return await LiveEvents.LiveEventsLoad.RunAsync(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
