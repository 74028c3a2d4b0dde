using System.Diagnostics;
using System.Reflection;

namespace CapConduit.Benchmarks.ApiLoad;

/// <summary>
/// The real API (the Release build of src/GraphQL) as a child process on 127.0.0.1, pointed at the benchmark
/// database; stopped (by its own process id) when disposed.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>CPU time the server process has used so far (all threads, user and kernel).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ServerProcess> StartAsync(ApiLoadOptions options, string postgres, CancellationToken ct)
    {
        var dll = FindApiAssembly();
        var url = new Uri($"http://127.0.0.1:{options.Port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "serve", "--urls", url.ToString() })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Postgres"] = postgres;
        start.Environment["ConnectionStrings__Redis"] = options.Redis;
        start.Environment["Jwt__SigningKey"] = options.SigningKey;
        start.Environment["Ari__Password"] = "benchmark";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[server] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, url);
        await server.WaitUntilHealthyAsync(ct);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode} before it was healthy.");
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "/health"), ct);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // slow first response
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"The API at {Url} was not healthy within 60 s.");
    }

    private static string FindApiAssembly()
    {
        var configuration = typeof(ServerProcess).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CapConduit.sln")))
            {
                var dll = Path.Combine(dir.FullName, "src", "GraphQL", "bin", configuration, "net10.0", "CapConduit.Api.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the API first: {dll} is missing.");
            }
        }

        throw new DirectoryNotFoundException("CapConduit.sln not found above " + AppContext.BaseDirectory);
    }
}
