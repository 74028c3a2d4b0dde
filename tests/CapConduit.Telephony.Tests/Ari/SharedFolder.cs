namespace CapConduit.Telephony.Tests.Ari;

/// <summary>Finds the read-only shared folder (ARI swagger and traces) beside or above the checkout.</summary>
public static class SharedFolder
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Swagger => Path.Combine(Root.Value, "asterisk-ari-22");

    public static string Traces => Path.Combine(Root.Value, "ari-traces");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "asterisk-ari-22")))
                return candidate;
        }

        throw new DirectoryNotFoundException(
            $"No shared/asterisk-ari-22 folder found above {AppContext.BaseDirectory}; CI keeps it as ../shared.");
    }
}
