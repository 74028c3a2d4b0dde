using BenchmarkDotNet.Running;

namespace CapConduit.Benchmarks;

// dotnet run -c Release --project tests/CapConduit.Benchmarks -- --filter '*'
public static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
