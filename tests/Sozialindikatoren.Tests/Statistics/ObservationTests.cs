using FsCheck.Xunit;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Statistics;

public class ObservationTests
{
    [Fact]
    public void Constructor_SuppressedStatus_HasNoValue()
    {
        var o = new Observation(42, ValueStatus.Suppressed);
        Assert.False(o.HasValue);
        Assert.True(double.IsNaN(o.Value));
        Assert.Equal(".", o.ToString());
    }

    [Fact]
    public void Constructor_ExactZeroMustBeZero()
    {
        Assert.Equal(0, Observation.ExactZero.Value);
        Assert.True(Observation.ExactZero.HasValue);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(3, ValueStatus.ExactZero));
        Assert.Contains("exact zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NaNWithExactStatus_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(double.NaN));
        Assert.Contains("value", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Code_RoundTrips(ValueStatus status) =>
        ValueStatusExtensions.TryParseCode(status.ToCode(), out var back) && back == status;

    [Property]
    public bool Value_IsNaN_ExactlyWhenStatusCarriesNoNumber(Observation o) =>
        o.HasValue == !double.IsNaN(o.Value);
}
