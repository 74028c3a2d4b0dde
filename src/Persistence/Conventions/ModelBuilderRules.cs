using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CapConduit.Persistence.Conventions;

/// <summary>The shared model rules: enums as checked text, and CHECK constraint naming.</summary>
internal static class ModelBuilderRules
{
    public static PropertyBuilder<T> StoredAsText<T>(this PropertyBuilder<T> property)
        where T : struct, Enum =>
        property.HasConversion(Converter<T>()).HasMaxLength(32);

    public static PropertyBuilder<T?> StoredAsText<T>(this PropertyBuilder<T?> property)
        where T : struct, Enum =>
        property.HasConversion(Converter<T>()).HasMaxLength(32);

    /// <summary>Adds <c>ck_{table}_{column}</c> allowing only the enum's names (and NULL where the column allows it).</summary>
    public static void HasEnumCheck<TEntity, T>(this EntityTypeBuilder<TEntity> entity, string table, string column)
        where TEntity : class
        where T : struct, Enum
    {
        var allowed = string.Join(", ", EnumText<T>.Names.Select(n => $"'{n}'"));
        entity.ToTable(t => t.HasCheckConstraint($"ck_{table}_{column}", $"{column} IN ({allowed})"));
    }

    public static void HasCheck<TEntity>(this EntityTypeBuilder<TEntity> entity, string table, string name, string sql)
        where TEntity : class =>
        entity.ToTable(t => t.HasCheckConstraint($"ck_{table}_{name}", sql));

    private static ValueConverter<T, string> Converter<T>()
        where T : struct, Enum =>
        new(v => EnumText<T>.Format(v), s => EnumText<T>.Parse(s));
}
