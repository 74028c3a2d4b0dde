using System.Diagnostics;
using CapConduit.EndToEnd.Tests.Configuration;

namespace CapConduit.EndToEnd.Tests.LiveEvents;

/// <summary>
/// Runs node/subscribe.mjs (the npm package graphql-ws). The packages are installed into node/node_modules on first
/// use (a clean clone has none; they are git-ignored), so the test needs only Node and the npm registry.
/// </summary>
public sealed class NodeGraphqlWsClient : IAsyncDisposable
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private NodeGraphqlWsClient(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static string Folder => RepositoryFiles.PathOf("tests", "CapConduit.EndToEnd.Tests", "LiveEvents", "node");

    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "graphql-ws", "package.json")))
                return;
            var (code, output) = await RunToEndAsync("npm", ["install", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(code == 0, $"npm install failed in {Folder} (exit {code}):\n{output}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Starts <c>node subscribe.mjs url token</c>.</summary>
    public static NodeGraphqlWsClient Start(Uri url, string token)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("subscribe.mjs");
        start.ArgumentList.Add(url.ToString());
        start.ArgumentList.Add(token);
        return new NodeGraphqlWsClient(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
    }

    /// <summary>The next line the script printed; fails with its stderr when it exits first.</summary>
    public async Task<string> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            await _process.WaitForExitAsync(timeout.Token);
            Assert.Fail($"subscribe.mjs exited ({_process.ExitCode}) without output: {await _stderr}");
        }

        return line!;
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task<(int Code, string Output)> RunToEndAsync(string file, string[] args, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        using var timeout = new CancellationTokenSource(limit);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
