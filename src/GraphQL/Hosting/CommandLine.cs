namespace CapConduit.Api.Hosting;

/// <summary>The server's commands: <c>serve</c> (default), <c>migrate</c> and <c>seed</c>.</summary>
public enum Command
{
    Serve,
    Migrate,
    Seed,
}

public static class CommandLine
{
    public static (Command Command, string[] Arguments) Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
            return (Command.Serve, args);
        return args[0] switch
        {
            "serve" => (Command.Serve, args[1..]),
            "migrate" => (Command.Migrate, args[1..]),
            "seed" => (Command.Seed, args[1..]),
            _ => throw new ArgumentException($"Unknown command '{args[0]}'. Use one of: serve, migrate, seed."),
        };
    }
}
