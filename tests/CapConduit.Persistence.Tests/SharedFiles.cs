namespace CapConduit.Persistence.Tests;

/// <summary>Finds ../shared (the product's reference material beside the repository).</summary>
internal static class SharedFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine([dir.FullName, "shared", .. parts]);
            if (File.Exists(candidate) || Directory.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"shared/{string.Join('/', parts)} not found above {AppContext.BaseDirectory}");
    }
}
