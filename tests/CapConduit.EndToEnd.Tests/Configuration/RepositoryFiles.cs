namespace CapConduit.EndToEnd.Tests.Configuration;

/// <summary>Finds the checkout (the folder holding CapConduit.sln) and the shared reference folder beside it.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Asterisk 22's own realtime schema (contrib/realtime/postgresql), kept in the shared folder next to the checkout.</summary>
    public static string AsteriskRealtimeSchema()
    {
        const string relative = "shared/asterisk-realtime-22/postgresql_config.sql";
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"'{relative}' was not found in {Root} or any folder above it.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CapConduit.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds CapConduit.sln.");
    }
}
