using System.Globalization;

namespace Sozialindikatoren.Access;

/// <summary>Which edge of a step band is closed (<em>Intervallgrenzen</em>); decides the weight of a cost exactly on a band edge.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum BandEdges
{
    /// <summary>Right-closed bands (pysal/access <c>step_fn</c>): a cost in (U(k−1), Uk] gets Wk; a cost ≤ U1 gets W1.</summary>
    Right = 0,
    /// <summary>Left-closed bands (R accessibility <c>decay_stepped</c>): a cost in [U(k−1), Uk) gets Wk; a cost below U1 gets W1.</summary>
    Left = 1,
}

/// <summary>
/// A distance-decay (impedance) function f(t) (<em>Distanzgewichtung</em>, <em>Widerstandsfunktion</em>): the weight of a
/// supply site at travel cost t ≥ 0. Weights are finite and ≥ 0; most are 1 at t = 0.
/// </summary>
/// <remarks>
/// <para>Built-in forms (sources in docs/methodology.md): binary, stepped bands, Gaussian (pysal <c>gaussian</c>),
/// Gaussian kernel with threshold (Dai 2010), exponential, linear, power, logistic (the R accessibility forms), and any
/// user function via <see cref="Custom"/>.</para>
/// <para>Gaussian and exponential weights are evaluated with the scalar <see cref="Math.Exp"/>, never a SIMD exponential:
/// <c>Vector256.Exp</c> rounds some weights differently and runs only where the CPU (and the build) has 256-bit vectors,
/// so results would differ between the JIT and the Native AOT tool and between CPUs. The weights are bit-identical
/// everywhere the platform's <see cref="Math.Exp"/> is.</para>
/// <para>Measures evaluate the function once per stored pair within the radius; a catchment radius is a separate option
/// of each measure (pairs beyond it weigh 0 whatever the function says).</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe (a <see cref="Custom"/> function must itself be thread-safe).</threadsafety>
public abstract class DecayFunction
{
    private protected DecayFunction() { }

    /// <summary>A short description with parameters, e.g. <c>gaussian(sigma=10)</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the function is 1 for every cost (binary without cutoff); lets measures skip weight evaluation.</summary>
    internal virtual bool IsConstantOne => false;

    /// <summary>Whether batch evaluation may run on several threads (built-in pure functions only).</summary>
    internal virtual bool ParallelSafe => false;

    /// <summary>The weight at a cost.</summary>
    /// <param name="cost">The cost, ≥ 0.</param>
    /// <returns>The weight, finite and ≥ 0.</returns>
    public abstract double Weight(double cost);

    /// <summary>Evaluates the weights of many costs (overridden where a batch form is faster).</summary>
    internal virtual void Evaluate(ReadOnlySpan<double> costs, Span<double> weights)
    {
        for (int k = 0; k < costs.Length; k++) weights[k] = Weight(costs[k]);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Binary weight: 1 for every pair in the catchment (the classic 2SFCA of Luo &amp; Wang 2003).</summary>
    /// <returns>f(t) = 1.</returns>
    public static DecayFunction Binary() => BinaryDecay.Instance;

    /// <summary>Binary weight with its own cutoff (R <c>decay_binary</c>): f(t) = 1 if t ≤ c (inclusive), else 0.</summary>
    /// <param name="cutoff">c ≥ 0.</param>
    /// <returns>The function.</returns>
    public static DecayFunction Binary(double cutoff) => new StepDecay([cutoff], [1.0], BandEdges.Right, $"binary(cutoff={F(cutoff)})");

    /// <summary>
    /// Stepped bands (E2SFCA, Luo &amp; Qi 2009). Bands end at <paramref name="uppers"/> U1 &lt; U2 &lt; … with weights W1, W2, …;
    /// the edge closure is explicit: <see cref="BandEdges.Right"/>: a cost in (U(k−1), Uk] gets Wk (≤ U1 gets W1);
    /// <see cref="BandEdges.Left"/>: a cost in [U(k−1), Uk) gets Wk (below U1 gets W1). Beyond the last band the weight is 0.
    /// </summary>
    /// <param name="uppers">Strictly increasing band ends, ≥ 0, finite.</param>
    /// <param name="weights">One weight per band, finite and ≥ 0.</param>
    /// <param name="edges">Which band edge is closed.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentException">Empty, unequal lengths, not strictly increasing, negative or non-finite values.</exception>
    public static DecayFunction Steps(IReadOnlyList<double> uppers, IReadOnlyList<double> weights, BandEdges edges)
    {
        ArgumentNullException.ThrowIfNull(uppers);
        ArgumentNullException.ThrowIfNull(weights);
        if (!Enum.IsDefined(edges)) throw new ArgumentOutOfRangeException(nameof(edges), edges, "edges: unknown band edge closure.");
        var u = uppers.ToArray();
        var w = weights.ToArray();
        var parts = new string[u.Length];
        for (int k = 0; k < u.Length && k < w.Length; k++) parts[k] = F(u[k]) + "=" + F(w[k]);
        return new StepDecay(u, w, edges, $"steps({string.Join(",", parts)}; {(edges == BandEdges.Right ? "right" : "left")}-closed)");
    }

    /// <summary>The E2SFCA bands of Luo &amp; Qi (2009) as pysal's default: 0–10: 1.00, 10–20: 0.68, 20–30: 0.22 (minutes).</summary>
    /// <param name="edges">Edge closure (pysal uses <see cref="BandEdges.Right"/>).</param>
    /// <returns>The function.</returns>
    public static DecayFunction LuoQi2009(BandEdges edges = BandEdges.Right) => Steps([10, 20, 30], [1.0, 0.68, 0.22], edges);

    /// <summary>The 3SFCA bands of Wan, Zou &amp; Sternberg (2012) as pysal's default: 0–10: 0.962, 10–20: 0.704, 20–30: 0.377, 30–60: 0.042.</summary>
    /// <param name="edges">Edge closure (pysal uses <see cref="BandEdges.Right"/>).</param>
    /// <returns>The function.</returns>
    public static DecayFunction Wan2012(BandEdges edges = BandEdges.Right) => Steps([10, 20, 30, 60], [0.962, 0.704, 0.377, 0.042], edges);

    /// <summary>Gaussian (pysal <c>gaussian</c>): f(t) = exp(−t² / (2σ²)), f(0) = 1, no normalising constant.</summary>
    /// <param name="sigma">σ &gt; 0.</param>
    /// <returns>The function.</returns>
    public static DecayFunction Gaussian(double sigma)
    {
        Positive(sigma, nameof(sigma));
        return new GaussianDecay(-1.0 / (2 * sigma * sigma), $"gaussian(sigma={F(sigma)})");
    }

    /// <summary>
    /// Gaussian kernel with threshold (kernel density 2SFCA, Dai 2010): f(t) = (exp(−½ (t/d0)²) − exp(−½)) / (1 − exp(−½))
    /// for t ≤ d0, else 0; f(0) = 1, f(d0) = 0.
    /// </summary>
    /// <param name="threshold">d0 &gt; 0.</param>
    /// <returns>The function.</returns>
    public static DecayFunction GaussianKernel(double threshold)
    {
        Positive(threshold, nameof(threshold));
        double e = Math.Exp(-0.5);
        return new FuncDecay(t => t > threshold ? 0.0 : Math.Max(0.0, (Math.Exp(-0.5 * (t / threshold) * (t / threshold)) - e) / (1 - e)), $"gaussian-kernel(d0={F(threshold)})");
    }

    /// <summary>Negative exponential (R <c>decay_exponential</c>): f(t) = exp(−β t).</summary>
    /// <param name="beta">β ≥ 0.</param>
    /// <returns>The function.</returns>
    public static DecayFunction Exponential(double beta)
    {
        NonNegative(beta, nameof(beta));
        return new ExponentialDecay(-beta, $"exponential(beta={F(beta)})");
    }

    /// <summary>Linear (R <c>decay_linear</c>): f(t) = max(0, 1 − t/c).</summary>
    /// <param name="cutoff">c &gt; 0.</param>
    /// <returns>The function.</returns>
    public static DecayFunction Linear(double cutoff)
    {
        Positive(cutoff, nameof(cutoff));
        return new FuncDecay(t => Math.Max(0.0, 1 - t / cutoff), $"linear(c={F(cutoff)})");
    }

    /// <summary>Inverse power (R <c>decay_power</c>): f(t) = min(1, t^−β); f(0) = 1.</summary>
    /// <param name="beta">β ≥ 0.</param>
    /// <returns>The function.</returns>
    public static DecayFunction Power(double beta)
    {
        NonNegative(beta, nameof(beta));
        return new FuncDecay(t => t <= 0 ? 1.0 : Math.Min(1.0, Math.Pow(t, -beta)), $"power(beta={F(beta)})");
    }

    /// <summary>
    /// Logistic (R <c>decay_logistic</c>): f(t) = g(0) / g(t) with g(t) = 1 + exp((t − c) π / (sd √3)); f(0) = 1, f(c) ≈ ½
    /// for c ≫ sd. Evaluated in a numerically stable log form.
    /// </summary>
    /// <param name="cutoff">c, the cost where the weight falls to about ½ (finite).</param>
    /// <param name="sd">sd &gt; 0, the spread.</param>
    /// <returns>The function.</returns>
    public static DecayFunction Logistic(double cutoff, double sd)
    {
        if (!double.IsFinite(cutoff)) throw new ArgumentOutOfRangeException(nameof(cutoff), cutoff, $"cutoff: must be finite, was {F(cutoff)}.");
        Positive(sd, nameof(sd));
        double k = Math.PI / (sd * Math.Sqrt(3));
        double g0 = Softplus(-cutoff * k);
        return new FuncDecay(t => Math.Exp(g0 - Softplus((t - cutoff) * k)), $"logistic(c={F(cutoff)},sd={F(sd)})");
    }

    /// <summary>
    /// Any user function (e.g. pysal's <c>gravity</c>). Each call's result is checked: a negative, NaN or infinite
    /// weight throws <see cref="ArgumentException"/> naming the cost and the value.
    /// </summary>
    /// <param name="function">f(t); must be pure and thread-safe.</param>
    /// <param name="name">A description for output.</param>
    /// <returns>The function.</returns>
    public static DecayFunction Custom(Func<double, double> function, string name)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new CustomDecay(function, name);
    }

    private static double Softplus(double x) => x > 0 ? x + double.LogP1(Math.Exp(-x)) : double.LogP1(Math.Exp(x));

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static void Positive(double v, string name)
    {
        if (!(v > 0) || !double.IsFinite(v)) throw new ArgumentOutOfRangeException(name, v, $"{name}: must be finite and > 0, was {F(v)}.");
    }

    private static void NonNegative(double v, string name)
    {
        if (!(v >= 0) || !double.IsFinite(v)) throw new ArgumentOutOfRangeException(name, v, $"{name}: must be finite and ≥ 0, was {F(v)}.");
    }

    private sealed class BinaryDecay : DecayFunction
    {
        public static readonly BinaryDecay Instance = new();
        public override string Name => "binary";
        internal override bool IsConstantOne => true;
        public override double Weight(double cost) => 1.0;
        internal override void Evaluate(ReadOnlySpan<double> costs, Span<double> weights) => weights[..costs.Length].Fill(1.0);
    }

    private sealed class FuncDecay(Func<double, double> f, string name) : DecayFunction
    {
        public override string Name => name;
        internal override bool ParallelSafe => true;
        public override double Weight(double cost) => f(cost);
    }

    private sealed class GaussianDecay(double k, string name) : DecayFunction
    {
        public override string Name => name;
        internal override bool ParallelSafe => true;
        public override double Weight(double cost) => Math.Exp(k * cost * cost);

        // Scalar Math.Exp on purpose: Vector256.Exp differs from Math.Exp in the last bit and is used only where AVX2 is
        // enabled, so the JIT tool (AVX2) and the Native AOT tool (baseline x64) gave different weights (issue 15.3).
        internal override void Evaluate(ReadOnlySpan<double> costs, Span<double> weights)
        {
            for (int q = 0; q < costs.Length; q++) weights[q] = Math.Exp(k * costs[q] * costs[q]);
        }
    }

    private sealed class ExponentialDecay(double k, string name) : DecayFunction
    {
        public override string Name => name;
        internal override bool ParallelSafe => true;
        public override double Weight(double cost) => Math.Exp(k * cost);

        // Scalar Math.Exp on purpose: Vector256.Exp differs from Math.Exp in the last bit and is used only where AVX2 is
        // enabled, so the JIT tool (AVX2) and the Native AOT tool (baseline x64) gave different weights (issue 15.3).
        internal override void Evaluate(ReadOnlySpan<double> costs, Span<double> weights)
        {
            for (int q = 0; q < costs.Length; q++) weights[q] = Math.Exp(k * costs[q]);
        }
    }

    private sealed class CustomDecay(Func<double, double> f, string name) : DecayFunction
    {
        public override string Name => name;

        public override double Weight(double cost)
        {
            double w = f(cost);
            if (!double.IsFinite(w) || w < 0)
                throw new ArgumentException($"decay '{name}': weight must be finite and ≥ 0, was {F(w)} at cost {F(cost)}.");
            return w;
        }
    }

    internal sealed class StepDecay : DecayFunction
    {
        private readonly double[] _uppers;
        private readonly double[] _weights;
        private readonly double[] _table;
        private readonly BandEdges _edges;
        private readonly string _name;

        public StepDecay(double[] uppers, double[] weights, BandEdges edges, string name)
        {
            if (uppers.Length == 0) throw new ArgumentException("steps: at least one band is needed.", nameof(uppers));
            if (uppers.Length != weights.Length)
                throw new ArgumentException($"steps: {uppers.Length} band ends but {weights.Length} weights.", nameof(weights));
            for (int k = 0; k < uppers.Length; k++)
            {
                if (!double.IsFinite(uppers[k]) || uppers[k] < 0)
                    throw new ArgumentOutOfRangeException(nameof(uppers), uppers[k], $"steps: band end {k + 1} must be finite and ≥ 0, was {F(uppers[k])}.");
                if (k > 0 && !(uppers[k] > uppers[k - 1]))
                    throw new ArgumentException($"steps: band ends must increase strictly, but {F(uppers[k])} follows {F(uppers[k - 1])}.", nameof(uppers));
                if (!double.IsFinite(weights[k]) || weights[k] < 0)
                    throw new ArgumentOutOfRangeException(nameof(weights), weights[k], $"steps: weight {k + 1} must be finite and ≥ 0, was {F(weights[k])}.");
            }
            _uppers = uppers;
            _weights = weights;
            // Table indexed by the number of ends passed (0..bands), padded to 5 for the unrolled path.
            _table = [.. weights, .. new double[Math.Max(1, 5 - weights.Length)]];
            _edges = edges;
            _name = name;
        }

        public BandEdges Edges => _edges;
        public override string Name => _name;
        internal override bool ParallelSafe => true;

        internal override void Evaluate(ReadOnlySpan<double> costs, Span<double> weights)
        {
            // Branch-free: the band index is the number of band ends the cost has passed; the table ends with 0.
            var w = _table;
            if (_uppers.Length <= 4)
            {
                // Up to four bands (the usual E2SFCA/3SFCA tables): ends in registers, missing ends = +∞ (never passed).
                var u = _uppers;
                double u0 = u[0], u1 = u.Length > 1 ? u[1] : double.PositiveInfinity,
                       u2 = u.Length > 2 ? u[2] : double.PositiveInfinity, u3 = u.Length > 3 ? u[3] : double.PositiveInfinity;
                if (_edges == BandEdges.Right)
                {
                    for (int q = 0; q < costs.Length; q++)
                    {
                        double t = costs[q];
                        // sign bit of (u − t) is 1 exactly when t > u (u = +∞ never passes)
                        int k = (int)((ulong)BitConverter.DoubleToInt64Bits(u0 - t) >> 63) + (int)((ulong)BitConverter.DoubleToInt64Bits(u1 - t) >> 63)
                              + (int)((ulong)BitConverter.DoubleToInt64Bits(u2 - t) >> 63) + (int)((ulong)BitConverter.DoubleToInt64Bits(u3 - t) >> 63);
                        weights[q] = w[k];
                    }
                }
                else
                {
                    for (int q = 0; q < costs.Length; q++)
                    {
                        double t = costs[q];
                        // sign bit of (t − u) is 0 exactly when t ≥ u (t − ∞ = −∞ has it set)
                        int k = 4 - (int)((ulong)BitConverter.DoubleToInt64Bits(t - u0) >> 63) - (int)((ulong)BitConverter.DoubleToInt64Bits(t - u1) >> 63)
                              - (int)((ulong)BitConverter.DoubleToInt64Bits(t - u2) >> 63) - (int)((ulong)BitConverter.DoubleToInt64Bits(t - u3) >> 63);
                        weights[q] = w[k];
                    }
                }
                return;
            }
            var ends = _uppers;
            bool right = _edges == BandEdges.Right;
            for (int q = 0; q < costs.Length; q++)
            {
                double t = costs[q];
                int k = 0;
                if (right) { for (int m = 0; m < ends.Length; m++) k += t > ends[m] ? 1 : 0; }
                else { for (int m = 0; m < ends.Length; m++) k += t >= ends[m] ? 1 : 0; }
                weights[q] = w[k];
            }
        }

        public override double Weight(double cost)
        {
            var u = _uppers;
            if (_edges == BandEdges.Right)
            {
                for (int k = 0; k < u.Length; k++) if (cost <= u[k]) return _weights[k];
            }
            else
            {
                for (int k = 0; k < u.Length; k++) if (cost < u[k]) return _weights[k];
            }
            return 0.0;
        }
    }
}
