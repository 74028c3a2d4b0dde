using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CapConduit.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
