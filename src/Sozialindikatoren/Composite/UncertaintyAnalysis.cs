using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Monte Carlo uncertainty analysis and variance-based sensitivity analysis of a composite index
/// (<em>Unsicherheits- und Sensitivitätsanalyse</em>; OECD/JRC Handbook step 7; Saisana, Saltelli &amp; Tarantola 2005;
/// COINr <c>get_sensitivity</c>).
/// </summary>
/// <remarks>
/// <para><b>Runs.</b> Each run executes the whole pipeline (<see cref="CompositePipeline.Run"/>) with the run's choices
/// and records the rank of every unit (1 = highest score; units screened out in a run have no rank there). Runs are
/// independent and executed in parallel; all random numbers are drawn from SplitMix64 streams derived from the seed and
/// the run number, and summaries are computed in run order, so the same seed gives bit-identical results on any
/// number of threads.</para>
/// <para><b>Sensitivity.</b> Sample matrices A, B ~ U(0, 1)^{N×d}; AB_i = A with column i from B; N·(d + 2) runs.
/// Output Y = mean over units of |rank − nominal rank| (mean absolute rank shift). V = Var(y_A ∪ y_B) (sample
/// variance); first order S_i = mean(y_B·(y_ABi − y_A))/V (Saltelli et al. 2010); total S_Ti = mean((y_A − y_ABi)²)/(2V)
/// (Jansen 1999). Bootstrap (rows of the design resampled with replacement, seeded) gives 5 % and 95 % quantiles.</para>
/// <para>Combinations that cannot run (e.g. z-scores, which are negative, with a geometric mean) are rejected before
/// any run; a run that fails anyway stops the analysis with the run's choices in the message — nothing is skipped
/// silently (COINr issue #60).</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe (they use parallel loops internally).</threadsafety>
public static class UncertaintyAnalysis
{
    /// <summary>Runs a Monte Carlo uncertainty analysis.</summary>
    /// <param name="data">The input.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="nominal">The nominal options (the choices not listed as factors).</param>
    /// <param name="factors">The uncertain choices.</param>
    /// <param name="replications">Number of runs (≥ 1), e.g. 1,000.</param>
    /// <param name="seed">Seed; the same seed gives bit-identical results.</param>
    /// <param name="maxDegreeOfParallelism">Maximum threads (default: all cores; 1 = sequential).</param>
    /// <returns>Rank statistics per unit.</returns>
    public static UncertaintyResult Run(CompositeData data, IndexFramework framework, CompositeOptions nominal, UncertaintyFactors factors,
        int replications, ulong seed, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var ctx = new Context(data, framework, nominal, factors, seed);
        var d = ctx.FactorCount;
        var rng = new SplitMix64(SplitMix64.Derive(seed, 0xA11CE));
        var design = new double[replications][];
        for (var r = 0; r < replications; r++)
        {
            design[r] = new double[d];
            for (var k = 0; k < d; k++) design[r][k] = rng.NextDouble();
        }
        var (ranks, runs) = ctx.Evaluate(design, maxDegreeOfParallelism);
        return new UncertaintyResult(ctx.Units, ctx.NominalRanks, ranks, runs, factors.FactorNames);
    }

    /// <summary>Runs a variance-based sensitivity analysis (Saltelli design, N·(d + 2) runs).</summary>
    /// <param name="data">The input.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="nominal">The nominal options.</param>
    /// <param name="factors">The uncertain choices (at least one factor).</param>
    /// <param name="baseSamples">N ≥ 2.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="bootstrap">Bootstrap replicates for the intervals (default 200; 0 = none, intervals NaN).</param>
    /// <param name="maxDegreeOfParallelism">Maximum threads (default: all cores).</param>
    /// <returns>First-order and total indices per factor.</returns>
    public static SensitivityResult Sensitivity(CompositeData data, IndexFramework framework, CompositeOptions nominal, UncertaintyFactors factors,
        int baseSamples, ulong seed, int bootstrap = 200, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrap);
        var ctx = new Context(data, framework, nominal, factors, seed);
        var d = ctx.FactorCount;
        if (d == 0) throw new ArgumentException("factors: a sensitivity analysis needs at least one varying factor.", nameof(factors));
        var rng = new SplitMix64(SplitMix64.Derive(seed, 0x5A17E11));
        var a = new double[baseSamples][];
        var b = new double[baseSamples][];
        for (var r = 0; r < baseSamples; r++)
        {
            a[r] = new double[d];
            b[r] = new double[d];
            for (var k = 0; k < d; k++) a[r][k] = rng.NextDouble();
            for (var k = 0; k < d; k++) b[r][k] = rng.NextDouble();
        }
        // Design order: A rows, B rows, then AB_1 rows, …, AB_d rows.
        var design = new double[baseSamples * (d + 2)][];
        for (var r = 0; r < baseSamples; r++)
        {
            design[r] = a[r];
            design[baseSamples + r] = b[r];
            for (var i = 0; i < d; i++)
            {
                var ab = (double[])a[r].Clone();
                ab[i] = b[r][i];
                design[(2 + i) * baseSamples + r] = ab;
            }
        }
        var (ranks, runs) = ctx.Evaluate(design, maxDegreeOfParallelism);
        var y = new double[design.Length];
        for (var r = 0; r < design.Length; r++)
        {
            double s = 0;
            var m = 0;
            for (var u = 0; u < ctx.Units.Length; u++)
            {
                var rk = ranks[r][u];
                if (double.IsNaN(rk) || double.IsNaN(ctx.NominalRanks[u])) continue;
                s += Math.Abs(rk - ctx.NominalRanks[u]);
                m++;
            }
            y[r] = m == 0 ? 0 : s / m;
        }
        var all = Enumerable.Range(0, baseSamples).ToArray();
        var (s1, st, variance) = Indices(y, baseSamples, d, all);
        var names = factors.FactorNames;
        var result = new SensitivityIndex[d];
        var boot = new double[bootstrap][];
        var bootT = new double[bootstrap][];
        var brng = new SplitMix64(SplitMix64.Derive(seed, 0xB007));
        var rows = new int[baseSamples];
        for (var k = 0; k < bootstrap; k++)
        {
            for (var r = 0; r < baseSamples; r++) rows[r] = brng.NextInt(baseSamples);
            (boot[k], bootT[k], _) = Indices(y, baseSamples, d, rows);
        }
        for (var i = 0; i < d; i++)
        {
            double l1 = double.NaN, h1 = double.NaN, lt = double.NaN, ht = double.NaN;
            if (bootstrap > 0)
            {
                var c1 = boot.Select(v => v[i]).Where(v => !double.IsNaN(v)).Order().ToArray();
                var ct = bootT.Select(v => v[i]).Where(v => !double.IsNaN(v)).Order().ToArray();
                l1 = Classification.Quantile(c1, 0.05);
                h1 = Classification.Quantile(c1, 0.95);
                lt = Classification.Quantile(ct, 0.05);
                ht = Classification.Quantile(ct, 0.95);
            }
            result[i] = new SensitivityIndex(names[i], s1[i], st[i], l1, h1, lt, ht);
        }
        var ua = new UncertaintyResult(ctx.Units, ctx.NominalRanks, ranks, runs, names);
        return new SensitivityResult(result, variance, design.Length, baseSamples, ua);
    }

    /// <summary>
    /// What-if analysis (COINr <c>remove_elements</c>): removes one element at a time (weight 0 for an indicator or
    /// aggregate of the given level), re-runs the pipeline and reports the mean absolute rank shift of the top
    /// aggregate against the nominal ranks, over the units ranked in both runs.
    /// </summary>
    /// <param name="data">The input.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="nominal">The nominal options.</param>
    /// <param name="level">The level whose elements are removed one by one (1 = indicators).</param>
    /// <returns>Element code → mean absolute rank shift, in framework order.</returns>
    /// <exception cref="ArgumentException">No element at that level, or the top level.</exception>
    public static IReadOnlyList<KeyValuePair<string, double>> RemoveElements(CompositeData data, IndexFramework framework, CompositeOptions nominal, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(nominal);
        if (level >= framework.MaxLevel) throw new ArgumentException($"level: must be below the top level {framework.MaxLevel}, was {level}.", nameof(level));
        var codes = level == 1 ? framework.Indicators : framework.AggregatesAt(level);
        if (codes.Count == 0) throw new ArgumentException($"level: no elements at level {level}.", nameof(level));
        var baseRun = CompositePipeline.Run(data, framework, nominal);
        var baseRanks = baseRun.Aggregated.Units.Select((u, i) => (u, r: baseRun.Ranks[i])).ToDictionary(t => t.u, t => t.r);
        var weights = baseRun.Framework.GetWeights();
        var result = new KeyValuePair<string, double>[codes.Count];
        System.Threading.Tasks.Parallel.For(0, codes.Count, k =>
        {
            var w = new Dictionary<string, double>(weights, StringComparer.Ordinal) { [codes[k]] = 0 };
            var run = CompositePipeline.Run(data, framework, nominal.With(weights: w, setWeights: true));
            double sum = 0;
            var n = 0;
            for (var i = 0; i < run.Aggregated.UnitCount; i++)
            {
                if (double.IsNaN(run.Ranks[i]) || !baseRanks.TryGetValue(run.Aggregated.Units[i], out var b) || double.IsNaN(b)) continue;
                sum += Math.Abs(run.Ranks[i] - b);
                n++;
            }
            result[k] = new KeyValuePair<string, double>(codes[k], n == 0 ? double.NaN : sum / n);
        });
        return result;
    }

    private static (double[] S1, double[] ST, double Variance) Indices(double[] y, int n, int d, int[] rows)
    {
        var pooled = new double[2 * rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            pooled[k] = y[rows[k]];
            pooled[rows.Length + k] = y[n + rows[k]];
        }
        var mean = pooled.Average();
        var v = pooled.Sum(x => (x - mean) * (x - mean)) / (pooled.Length - 1);
        var s1 = new double[d];
        var st = new double[d];
        for (var i = 0; i < d; i++)
        {
            double f = 0, t = 0;
            foreach (var r in rows)
            {
                double ya = y[r], yb = y[n + r], yab = y[(2 + i) * n + r];
                f += yb * (yab - ya);
                t += (ya - yab) * (ya - yab);
            }
            s1[i] = v > 0 ? f / rows.Length / v : double.NaN;
            st[i] = v > 0 ? t / (2.0 * rows.Length) / v : double.NaN;
        }
        return (s1, st, v);
    }

    private sealed class Context
    {
        private readonly CompositeData _data;
        private readonly IndexFramework _framework;
        private readonly CompositeOptions _nominal;
        private readonly UncertaintyFactors _factors;
        private readonly IReadOnlyDictionary<string, double>[] _weightSets;
        private readonly Dictionary<Spaces.SpaceId, int> _unitIndex;

        public Context(CompositeData data, IndexFramework framework, CompositeOptions nominal, UncertaintyFactors factors, ulong seed)
        {
            ArgumentNullException.ThrowIfNull(data);
            ArgumentNullException.ThrowIfNull(framework);
            ArgumentNullException.ThrowIfNull(nominal);
            ArgumentNullException.ThrowIfNull(factors);
            _data = data;
            _framework = framework;
            _nominal = nominal;
            _factors = factors;
            CheckCombinations(nominal, factors);
            var nominalRun = CompositePipeline.Run(data, framework, nominal);
            Units = data.Indicators.UnitArray;
            _unitIndex = Units.Select((u, i) => (u, i)).ToDictionary(t => t.u, t => t.i);
            NominalRanks = Project(nominalRun);
            var w = nominalRun.Framework.GetWeights();
            _weightSets = factors.WeightNoise > 0
                ? Enumerable.Range(0, factors.WeightSets).Select(k => Weighting.Noisy(w, factors.WeightNoise, SplitMix64.Derive(seed, 0x3E16_0000UL + (ulong)k))).ToArray()
                : [];
            FactorCount = factors.FactorNames.Count;
        }

        public Spaces.SpaceId[] Units { get; }

        public double[] NominalRanks { get; }

        public int FactorCount { get; }

        private double[] Project(CompositeResult r)
        {
            var ranks = new double[Units.Length];
            Array.Fill(ranks, double.NaN);
            var table = r.Aggregated;
            for (var i = 0; i < table.UnitCount; i++) ranks[_unitIndex[table.Units[i]]] = r.Ranks[i];
            return ranks;
        }

        public (double[][] Ranks, UncertaintyRun[] Runs) Evaluate(double[][] design, int maxDegreeOfParallelism)
        {
            var ranks = new double[design.Length][];
            var runs = new UncertaintyRun[design.Length];
            var po = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
            Parallel.For(0, design.Length, po, r =>
            {
                var (options, run) = Choose(design[r]);
                runs[r] = run;
                try
                {
                    ranks[r] = Project(CompositePipeline.Run(_data, _framework, options));
                }
                catch (ArgumentException e)
                {
                    throw new InvalidOperationException($"uncertainty run {r} ({run}) failed: {e.Message}", e);
                }
            });
            return (ranks, runs);
        }

        private (CompositeOptions, UncertaintyRun) Choose(double[] u)
        {
            var k = 0;
            var weightSet = -1;
            IReadOnlyDictionary<string, double>? weights = null;
            if (_factors.WeightNoise > 0)
            {
                weightSet = Pick(u[k++], _weightSets.Length);
                weights = _weightSets[weightSet];
            }
            var normaliser = _factors.Normalisers.Count > 1 ? _factors.Normalisers[Pick(u[k++], _factors.Normalisers.Count)] : _factors.Normalisers.Count == 1 ? _factors.Normalisers[0] : _nominal.Normaliser;
            var aggregator = _factors.Aggregators.Count > 1 ? _factors.Aggregators[Pick(u[k++], _factors.Aggregators.Count)] : _factors.Aggregators.Count == 1 ? _factors.Aggregators[0] : _nominal.Aggregator;
            var imputation = _factors.Imputations.Count > 1 ? _factors.Imputations[Pick(u[k++], _factors.Imputations.Count)] : _factors.Imputations.Count == 1 ? _factors.Imputations[0] : _nominal.Imputation;
            var treated = _nominal.Treatment is not null;
            if (_factors.TreatmentOnOff) treated = Pick(u[k++], 2) == 0;
            var treatment = _nominal.Treatment ?? TreatmentOptions.Default;
            var options = _nominal.With(imputation: imputation, clearTreatment: !treated, treatment: treatment,
                normaliser: _factors.Normalisers.Count > 0 ? normaliser : null,
                aggregator: _factors.Aggregators.Count > 0 ? aggregator : null, weights: weights, setWeights: weights is not null);
            return (options, new UncertaintyRun(weightSet, normaliser, aggregator, imputation, treated));
        }

        private static int Pick(double u, int m) => Math.Min((int)(u * m), m - 1);

        private static void CheckCombinations(CompositeOptions nominal, UncertaintyFactors f)
        {
            var normalisers = f.Normalisers.Count > 0 ? f.Normalisers : [nominal.Normaliser];
            var aggregators = f.Aggregators.Count > 0 ? f.Aggregators : [nominal.Aggregator];
            var signed = normalisers.Where(n => n.Method is NormalisationMethod.ZScore or NormalisationMethod.None or NormalisationMethod.Scaled
                || (n.Method == NormalisationMethod.MinMax && n.A < 0)).ToArray();
            var positiveOnly = aggregators.Where(a => a.Method is AggregationMethod.GeometricMean or AggregationMethod.HarmonicMean
                || (a.Method == AggregationMethod.GeneralisedMean && (a.Power <= 0 || a.Power != Math.Floor(a.Power)))).ToArray();
            if (signed.Length > 0 && positiveOnly.Length > 0)
                throw new ArgumentException($"factors: normaliser {signed[0]} can give negative values, which aggregator {positiveOnly[0]} cannot take; use a non-negative normaliser (e.g. minmax:1:100) or drop the combination.", nameof(f));
        }
    }
}
