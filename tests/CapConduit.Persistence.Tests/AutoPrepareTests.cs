using Npgsql;

namespace CapConduit.Persistence.Tests;

public sealed class AutoPrepareTests
{
    [Fact]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise()
    {
        var defaulted = new NpgsqlConnectionStringBuilder(CapConduitDbOptions.WithAutoPrepare("Host=db;Database=capconduit"));
        var explicitOff = new NpgsqlConnectionStringBuilder(CapConduitDbOptions.WithAutoPrepare("Host=db;Max Auto Prepare=0"));
        var explicitSome = new NpgsqlConnectionStringBuilder(CapConduitDbOptions.WithAutoPrepare("Host=db;maxautoprepare=7"));

        Assert.Equal(CapConduitDbOptions.DefaultMaxAutoPrepare, defaulted.MaxAutoPrepare);
        Assert.Equal("capconduit", defaulted.Database);
        Assert.Equal(0, explicitOff.MaxAutoPrepare);
        Assert.Equal(7, explicitSome.MaxAutoPrepare);
    }
}
