using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace CapConduit.Telephony.Caps;

/// <summary>
/// One Lua script from Caps/Scripts (embedded resource), run by SHA with EVALSHA; when the server
/// answers NOSCRIPT (restart, SCRIPT FLUSH, failover) it is sent once in full with EVAL, which caches it again.
/// </summary>
internal sealed class CapScript
{
    private readonly byte[] _sha1;

    private CapScript(string name, string source)
    {
        Name = name;
        Source = source;
        _sha1 = SHA1.HashData(Encoding.UTF8.GetBytes(source));
    }

    public string Name { get; }

    public string Source { get; }

    /// <summary>A script from source text (tests use it to exercise the NOSCRIPT path with a script Redis has never seen).</summary>
    internal static CapScript FromSource(string name, string source) => new(name, source);

    public static CapScript Load(string fileName)
    {
        var assembly = typeof(CapScript).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded Lua script '{fileName}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new CapScript(fileName, reader.ReadToEnd());
    }

    public async Task<RedisResult> EvaluateAsync(IDatabaseAsync database, RedisKey[] keys, RedisValue[] values)
    {
        try
        {
            return await database.ScriptEvaluateAsync(_sha1, keys, values).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            return await database.ScriptEvaluateAsync(Source, keys, values).ConfigureAwait(false);
        }
    }
}
