using BenchmarkDotNet.Running;
using CapConduit.Benchmarks.ApiLoad;

namespace CapConduit.Benchmarks;

// BenchmarkDotNet suites: dotnet run -c Release --project tests/CapConduit.Benchmarks -- --filter '*'
// HTTP load run:        dotnet run -c Release --project tests/CapConduit.Benchmarks -- api-load --help
// Call routing:        dotnet run -c Release --project tests/CapConduit.Benchmarks -- call-load [--rates 50,100,200] [--seconds 10]
// Live events:          dotnet run -c Release --project tests/CapConduit.Benchmarks -- live-events --subscribers 1000 --rate 200 --seconds 20
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "api-load")
            return await ApiLoadCommand.RunAsync(args[1..]);
        if (args.Length > 0 && args[0] == "call-load")
            return await CallLoad.CallLoadCommand.RunAsync(args[1..]);
        if (args.Length > 0 && args[0] == "live-events")
            return await LiveEvents.LiveEventsLoad.RunAsync(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
