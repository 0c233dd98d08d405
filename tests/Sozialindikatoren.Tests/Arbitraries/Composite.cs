using FsCheck;
using FsCheck.Fluent;

namespace Sozialindikatoren.Tests.Arbitraries;

/// <summary>An indicator column of 2–60 values with at least two distinct values (some cells may be missing).</summary>
public sealed record CompositeColumnCase(double[] Values);

/// <summary>A column with a positive affine map a·x + b (a &gt; 0).</summary>
public sealed record CompositeAffineCase(double[] Values, double A, double B);

/// <summary>1–12 positive values with positive weights.</summary>
public sealed record CompositePositiveCase(double[] Values, double[] Weights);

/// <summary>A units × indicators matrix (3–20 units, 2–6 indicators, values 0–100) and a permutation of the units.</summary>
public sealed record CompositeMatrixCase(double[][] Columns, int[] Permutation);

/// <summary>Two index values a ≤ b.</summary>
public sealed record CompositeOrderedPairCase(double Low, double High);

public static partial class Generators
{
    private static Gen<double> CompositeValue() =>
        Gen.OneOf(Gen.Choose(-1_000_000, 1_000_000).Select(v => v / 100.0), Gen.Choose(0, 50).Select(v => (double)v));

    /// <summary>Columns with at least two distinct present values; about 1 in 10 cells missing.</summary>
    public static Arbitrary<CompositeColumnCase> CompositeColumn() =>
        (from n in Gen.Choose(2, 60)
         from values in Gen.ArrayOf(CompositeValue(), n)
         from missing in Gen.ArrayOf(Gen.Choose(0, 9), n)
         let col = values.Select((v, i) => missing[i] == 0 && i >= 2 ? double.NaN : v).ToArray()
         where col[0] != col[1]
         select new CompositeColumnCase(col)).ToArbitrary();

    /// <summary>Columns with a positive affine map (a in [0.01, 1000], b in [-10⁴, 10⁴]).</summary>
    public static Arbitrary<CompositeAffineCase> CompositeAffine() =>
        (from c in CompositeColumn().Generator
         from a in Gen.Choose(1, 100_000).Select(v => v / 100.0)
         from b in Gen.Choose(-1_000_000, 1_000_000).Select(v => v / 100.0)
         select new CompositeAffineCase(c.Values, a, b)).ToArbitrary();

    /// <summary>Positive values (0.01 … 10⁴) with weights (0.1 … 10).</summary>
    public static Arbitrary<CompositePositiveCase> CompositePositive() =>
        (from n in Gen.Choose(1, 12)
         from v in Gen.ArrayOf(Gen.Choose(1, 1_000_000).Select(x => x / 100.0), n)
         from w in Gen.ArrayOf(Gen.Choose(1, 100).Select(x => x / 10.0), n)
         select new CompositePositiveCase(v, w)).ToArbitrary();

    /// <summary>Matrices with values 0–100 in steps of 0.5 (ties happen) and a random permutation of the units.</summary>
    public static Arbitrary<CompositeMatrixCase> CompositeMatrix() =>
        (from n in Gen.Choose(3, 20)
         from k in Gen.Choose(2, 6)
         from cols in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 200).Select(v => v / 2.0), n), k)
         from keys in Gen.ArrayOf(Gen.Choose(0, 1_000_000), n)
         select new CompositeMatrixCase(cols, Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray())).ToArbitrary();

    /// <summary>Ordered pairs of z values in [-5, 5].</summary>
    public static Arbitrary<CompositeOrderedPairCase> CompositeOrderedPair() =>
        (from a in Gen.Choose(-5000, 5000)
         from b in Gen.Choose(-5000, 5000)
         select new CompositeOrderedPairCase(Math.Min(a, b) / 1000.0, Math.Max(a, b) / 1000.0)).ToArbitrary();
}
