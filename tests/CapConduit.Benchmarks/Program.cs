using BenchmarkDotNet.Running;
using CapConduit.Benchmarks.ApiLoad;

namespace CapConduit.Benchmarks;

// BenchmarkDotNet suites: dotnet run -c Release --project tests/CapConduit.Benchmarks -- --filter '*'
// HTTP load run:        dotnet run -c Release --project tests/CapConduit.Benchmarks -- api-load --help
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "api-load")
            return await ApiLoadCommand.RunAsync(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
