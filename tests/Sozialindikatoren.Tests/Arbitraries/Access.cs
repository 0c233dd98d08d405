using FsCheck;
using FsCheck.Fluent;
using Sozialindikatoren.Tests.Access;

namespace Sozialindikatoren.Tests.Arbitraries;

public static partial class Generators
{
    /// <summary>Small random accessibility problems: 1–8 zones, 1–6 sites, integer costs 0–40 (so ties and band edges
    /// occur), about 70 % of pairs stored, integer demand 0–50 and capacity 0–30.</summary>
    public static Arbitrary<AccessCase> AccessTravelCostCase() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from zones in Gen.Choose(1, 8)
         from sites in Gen.Choose(1, 6)
         select new AccessCase(seed, zones, sites)).ToArbitrary();
}
