using FsCheck;
using FsCheck.Fluent;
using Sozialindikatoren.Statistics;

[assembly: FsCheck.Xunit.Properties(Arbitrary = new[] { typeof(Sozialindikatoren.Tests.Arbitraries.Generators) }, MaxTest = 200)]

namespace Sozialindikatoren.Tests.Arbitraries;

/// <summary>
/// The assembly's FsCheck generators. One partial class, one file per area (Arbitraries/*.cs): every generator
/// builds valid domain values through their constructors. Method names end in the type name with a prefix
/// (AnyX, ValidX) so they do not clash with the namespaces of the tests (which mirror src/).
/// </summary>
public static partial class Generators
{
    /// <summary>Any value status.</summary>
    public static Arbitrary<ValueStatus> AnyValueStatus() =>
        Gen.Elements(Enum.GetValues<ValueStatus>()).ToArbitrary();

    /// <summary>Observations with a finite value where the status carries one.</summary>
    public static Arbitrary<Observation> AnyObservation() =>
        (from status in Gen.Elements(Enum.GetValues<ValueStatus>())
         from raw in Gen.Choose(-1_000_000, 1_000_000)
         select new Observation(status == ValueStatus.ExactZero ? 0 : raw / 100.0, status)).ToArbitrary();
}
