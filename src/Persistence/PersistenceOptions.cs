using System.ComponentModel.DataAnnotations;

namespace CapConduit.Persistence;

/// <summary>Configuration section "Persistence".</summary>
public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    /// <summary>Apply pending migrations when the server starts (the <c>migrate</c> command does it alone).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    [Range(1, 1000)]
    public int MaxPoolSize { get; set; } = 100;
}
