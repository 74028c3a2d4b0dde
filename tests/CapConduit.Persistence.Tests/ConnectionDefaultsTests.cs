using Npgsql;

namespace CapConduit.Persistence.Tests;

public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void Auto_prepare_a_core_sized_pool_and_no_reset_are_filled_in_when_the_connection_string_is_silent()
    {
        var defaulted = Apply("Host=db;Database=capconduit", processors: 2);

        Assert.Equal(CapConduitDbOptions.DefaultMaxAutoPrepare, defaulted.MaxAutoPrepare);
        Assert.Equal(8, defaulted.MaxPoolSize);
        Assert.True(defaulted.NoResetOnClose);
        Assert.Equal("capconduit", defaulted.Database);
        Assert.Equal(32, Apply("Host=db", processors: 8).MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;Maximum Pool Size=50;No Reset On Close=false", 0, 50)]
    [InlineData("Host=db;maxautoprepare=7;maximum pool size=3;noresetonclose=false", 7, 3)]
    [InlineData("Host=db;MaxAutoPrepare=0;MaxPoolSize=120;NoResetOnClose=false", 0, 120)]
    public void Settings_in_the_connection_string_win(string connectionString, int autoPrepare, int poolSize)
    {
        var builder = Apply(connectionString, processors: 2);

        Assert.Equal(autoPrepare, builder.MaxAutoPrepare);
        Assert.Equal(poolSize, builder.MaxPoolSize);
        Assert.False(builder.NoResetOnClose);
    }

    private static NpgsqlConnectionStringBuilder Apply(string connectionString, int processors) =>
        new(CapConduitDbOptions.WithDefaults(connectionString, processors));
}
