using X = global::Sozialindikatoren.Access;

namespace Sozialindikatoren.Tests.Access;

public class DecayFunctionTests
{
    [Fact]
    public void Gaussian_MatchesPysalValues()
    {
        Assert.Equal(0.6065306597, X.DecayFunction.Gaussian(1).Weight(1), 10);
        Assert.Equal(0.88249690, X.DecayFunction.Gaussian(2).Weight(1), 8);
        Assert.Equal(0.99980001, X.DecayFunction.Gaussian(50).Weight(1), 1e-7); // pysal: pytest.approx (rel 1e-6)
        Assert.Equal(1.0, X.DecayFunction.Gaussian(3).Weight(0));
    }

    [Fact]
    public void Steps_EdgeClosureIsExplicit()
    {
        var right = X.DecayFunction.Steps([10, 20, 30], [1, 0.68, 0.22], X.BandEdges.Right);
        var left = X.DecayFunction.Steps([10, 20, 30], [1, 0.68, 0.22], X.BandEdges.Left);
        Assert.Equal(1.0, right.Weight(10));
        Assert.Equal(0.68, left.Weight(10));
        Assert.Equal(0.22, right.Weight(30));
        Assert.Equal(0.0, left.Weight(30));
        Assert.Equal(0.0, right.Weight(30.0001));
        Assert.Equal(1.0, left.Weight(0));
        Assert.Equal(0.68, right.Weight(10.5));
        Assert.Equal(0.68, left.Weight(19.999));
        Assert.Throws<ArgumentException>(() => X.DecayFunction.Steps([10, 10], [1, 1], X.BandEdges.Right));
        Assert.Throws<ArgumentException>(() => X.DecayFunction.Steps([10, 20], [1], X.BandEdges.Right));
        Assert.Throws<ArgumentOutOfRangeException>(() => X.DecayFunction.Steps([10], [-1], X.BandEdges.Right));
        Assert.Equal(1.0, X.DecayFunction.Binary(5).Weight(5));
        Assert.Equal(0.0, X.DecayFunction.Binary(5).Weight(5.0000001));
    }

    [Fact]
    public void RFormsAndKernel_MatchTheirFormulas()
    {
        foreach (var t in new[] { 0.0, 0.5, 3, 10, 29.9, 60, 500 })
        {
            Assert.Equal(Math.Exp(-0.2 * t), X.DecayFunction.Exponential(0.2).Weight(t), 14);
            Assert.Equal(Math.Max(0, 1 - t / 30), X.DecayFunction.Linear(30).Weight(t), 14);
            Assert.Equal(Math.Min(1, Math.Pow(t, -1.5)), X.DecayFunction.Power(1.5).Weight(t), 14);
            double g(double x) => 1 + Math.Exp((x - 20) * Math.PI / (5 * Math.Sqrt(3)));
            Assert.Equal(g(0) / g(t), X.DecayFunction.Logistic(20, 5).Weight(t), 12);
            double k = t > 30 ? 0 : (Math.Exp(-0.5 * (t / 30) * (t / 30)) - Math.Exp(-0.5)) / (1 - Math.Exp(-0.5));
            Assert.Equal(k, X.DecayFunction.GaussianKernel(30).Weight(t), 14);
        }
        Assert.Equal(1.0, X.DecayFunction.Logistic(20, 5).Weight(0), 14);
        Assert.Equal(0.0, X.DecayFunction.Logistic(20, 5).Weight(1e6));
        Assert.Throws<ArgumentOutOfRangeException>(() => X.DecayFunction.Gaussian(0));
    }

    [Fact]
    public void Custom_ChecksEveryWeight()
    {
        var gravity = X.DecayFunction.Custom(t => Math.Pow(Math.Max(t, 1) / 60, -1), "gravity(60,-1,1)");
        Assert.Equal(60.0, gravity.Weight(0.5), 12);
        var bad = X.DecayFunction.Custom(t => -t, "bad");
        var ex = Assert.Throws<ArgumentException>(() => bad.Weight(2));
        Assert.Contains("at cost 2", ex.Message, StringComparison.Ordinal);
        Assert.Equal("bad", bad.Name);
    }

    /// <summary>Regression (issue 15.3): the batch evaluation of the Gaussian and exponential weights used the SIMD
    /// <c>Vector256.Exp</c> where AVX2 was on (the JIT tool) and <see cref="Math.Exp"/> elsewhere (the Native AOT tool),
    /// so 16,591 of 50,000 Gaussian accessibility values differed in the last bit between the two builds. The batch now
    /// equals the scalar weight bit for bit on every CPU.</summary>
    [Fact]
    public void GaussianAndExponential_BatchEqualsScalarWeightBitForBit()
    {
        var rng = new Random(11);
        var costs = new double[1_037];
        for (int i = 0; i < costs.Length; i++) costs[i] = rng.NextDouble() * 60;
        foreach (var decay in new[] { X.DecayFunction.Gaussian(10), X.DecayFunction.Gaussian(0.7), X.DecayFunction.Exponential(0.13) })
        {
            var weights = new double[costs.Length];
            decay.Evaluate(costs, weights);
            for (int i = 0; i < costs.Length; i++)
                Assert.Equal(BitConverter.DoubleToInt64Bits(decay.Weight(costs[i])), BitConverter.DoubleToInt64Bits(weights[i]));
        }
    }
}
