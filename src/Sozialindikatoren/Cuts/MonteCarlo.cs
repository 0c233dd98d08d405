using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>A counter-based random stream: SplitMix64 (Steele, Lea, Flood 2014), seeded per draw from the master seed.</summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed, ulong stream)
    {
        _state = Mix(seed ^ Mix(stream * 0xD1B54A32D192ED03UL + 0x632BE59BD9B4E019UL));
    }

    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    public double NextDouble()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}

internal sealed class MonteCarloOutput
{
    public required MonteCarloSummary Summary { get; init; }
    public required double[] ProbabilityUnder { get; init; }
    public required double[] CoverageP05 { get; init; }
    public required double[] CoverageP50 { get; init; }
    public required double[] CoverageP95 { get; init; }
    public required double[] CoverageMean { get; init; }
}

/// <summary>
/// The Monte Carlo over uncertain response parameters. Draw d uses the stream <c>SplitMix64(seed, d)</c> and, for each
/// responsive offering in data order, three uniforms (a, e, v). Draws are processed in fixed blocks of 64 on up to
/// <see cref="CutOptions.MaxThreads"/> threads; per-draw values go to per-draw slots and block accumulators are reduced in
/// block order, so results are bit-identical for any thread count.
/// </summary>
internal static class MonteCarlo
{
    private const int BlockSize = 64;

    public static MonteCarloOutput Run(CutModel m)
    {
        var o = m.Options;
        var draws = o.Draws;
        var n = m.Off.Length;
        var cap = o.Response.CapAbsorptionAtOwnFunds;

        // Responsive offerings: the model (not a statement, not a co-financing closure) decides their response.
        var responsive = new List<int>();
        double fixedUnabsorbed = 0;
        var fixedClosures = 0;
        decimal lostFunding = 0;
        var fixedRemaining = new double[n];
        // Per capacity unit (index = (int)CapacityUnit): capacities of different units are never added.
        var unitCount = Enum.GetValues<CapacityUnit>().Length;
        var totalCapU = new double[unitCount];
        var fixedCapLostU = new double[unitCount];
        for (var i = 0; i < n; i++)
        {
            var e = m.Exposures[i];
            var ui = (int)m.Off[i].Capacity.Unit;
            totalCapU[ui] += m.Capacity[i];
            lostFunding += e.LostFunding;
            fixedRemaining[i] = 1;
            if (e.LostFunding == 0) continue;
            if (!e.IsFixed)
            {
                responsive.Add(i);
                continue;
            }
            fixedRemaining[i] = m.RemainingNominal[i];
            fixedUnabsorbed += (double)e.LostFunding - m.AbsorbedNominal[i];
            fixedCapLostU[ui] += m.Capacity[i] * (1 - m.RemainingNominal[i]);
            if (m.KindNominal[i] == ResponseKind.ClosedCoFinancing || m.RemainingNominal[i] <= 0 || e.Statement?.IsClosure == true) fixedClosures++;
        }
        var resp = responsive.ToArray();
        var fixedSupply = m.SupplyAfter(fixedRemaining);

        // Touched cells: those served by responsive offerings (others keep their fixed supply in every draw).
        var touchedIndex = new int[m.CellCount];
        Array.Fill(touchedIndex, -1);
        var touched = new List<int>();
        foreach (var i in resp)
            for (var k = m.OffStart[i]; k < m.OffStart[i + 1]; k++)
                if (touchedIndex[m.OffCell[k]] < 0) { touchedIndex[m.OffCell[k]] = 0; touched.Add(m.OffCell[k]); }
        touched.Sort();
        for (var t = 0; t < touched.Count; t++) touchedIndex[touched[t]] = t;
        var T = touched.ToArray();
        // Responsive offering cells mapped to touched positions.
        var rStart = new int[resp.Length + 1];
        var rCell = new List<int>();
        var rWeight = new List<double>();
        for (var r = 0; r < resp.Length; r++)
        {
            var i = resp[r];
            for (var k = m.OffStart[i]; k < m.OffStart[i + 1]; k++) { rCell.Add(touchedIndex[m.OffCell[k]]); rWeight.Add(m.OffWeight[k]); }
            rStart[r + 1] = rCell.Count;
        }
        var rc = rCell.ToArray();
        var rw = rWeight.ToArray();
        var rLoss = resp.Select(i => (double)m.Exposures[i].LostFunding).ToArray();
        var rOwn = resp.Select(i => (double)m.Exposures[i].OwnFunds).ToArray();
        var rBudget = resp.Select(i => (double)m.Exposures[i].Budget).ToArray();
        var rCap = resp.Select(i => m.Capacity[i]).ToArray();
        var rUnit = resp.Select(i => (int)m.Off[i].Capacity.Unit).ToArray();

        // Constant part of the per-draw cell metrics (untouched cells).
        int constUnder = 0;
        double constUnmet = 0;
        for (var c = 0; c < m.CellCount; c++)
        {
            if (touchedIndex[c] >= 0) continue;
            if (m.ClassOf(c, fixedSupply[c]).IsUnderSupply()) constUnder++;
            var gd = m.GroupDemand[c % m.GroupCount];
            if (gd > 0) constUnmet += Math.Max(0, m.Demand[c] - fixedSupply[c]) / gd;
        }
        var tDemand = T.Select(c => m.Demand[c]).ToArray();
        var tBase = T.Select(c => fixedSupply[c]).ToArray();
        var tInvGroupDemand = T.Select(c => m.GroupDemand[c % m.GroupCount] is var gd && gd > 0 ? 1 / gd : 0).ToArray();
        var underThreshold = m.GapResult.Options.Thresholds.Under;

        var keep = (long)T.Length * draws <= o.MaxCellDrawValues;
        var coverageValues = keep ? new double[(long)T.Length * draws] : null;
        var perDrawUnabsorbed = new double[draws];
        var perDrawCapShareU = new double[unitCount][];
        for (var u = 0; u < unitCount; u++) perDrawCapShareU[u] = new double[draws];
        var perDrawClosures = new double[draws];
        var perDrawGaps = new double[draws];
        var perDrawUnmet = new double[draws];
        var blocks = (draws + BlockSize - 1) / BlockSize;
        var blockUnder = new int[blocks][];
        var blockCovSum = new double[blocks][];
        var done = 0;
        var aDist = o.AbsorbableShare;
        var eDist = o.Elasticity;
        var vDist = o.ViabilityThreshold;

        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = o.MaxThreads }, b =>
        {
            var supply = new double[T.Length];
            var under = new int[T.Length];
            var covSum = new double[T.Length];
            var capLostU = new double[unitCount];
            var end = Math.Min(draws, (b + 1) * BlockSize);
            for (var d = b * BlockSize; d < end; d++)
            {
                var rng = new SplitMix64(o.Seed, (ulong)d);
                Array.Copy(tBase, supply, T.Length);
                double unabsorbed = fixedUnabsorbed;
                Array.Copy(fixedCapLostU, capLostU, unitCount);
                var closures = fixedClosures;
                for (var r = 0; r < resp.Length; r++)
                {
                    var a = aDist.Sample(rng.NextDouble());
                    var e = eDist.Sample(rng.NextDouble());
                    var v = vDist.Sample(rng.NextDouble());
                    var loss = rLoss[r];
                    var absorbed = a * loss;
                    if (cap && absorbed > rOwn[r]) absorbed = rOwn[r];
                    var un = loss - absorbed;
                    unabsorbed += un;
                    double remaining = 1;
                    if (un > 0)
                    {
                        var red = Math.Min(1.0, e * un / rBudget[r]);
                        remaining = 1 - red;
                        if (remaining < v || remaining <= 0) { remaining = 0; closures++; }
                    }
                    var lost = rCap[r] * (1 - remaining);
                    if (lost == 0) continue;
                    capLostU[rUnit[r]] += lost;
                    for (var k = rStart[r]; k < rStart[r + 1]; k++) supply[rc[k]] -= lost * rw[k];
                }
                var gaps = constUnder;
                var unmet = constUnmet;
                for (var t = 0; t < T.Length; t++)
                {
                    var s = supply[t];
                    if (s < 0) s = 0;
                    var dem = tDemand[t];
                    double cov;
                    if (dem > 0)
                    {
                        cov = CoverageRow.Percent(s, dem);
                        if (cov < underThreshold) { gaps++; under[t]++; }
                        if (s < dem) unmet += (dem - s) * tInvGroupDemand[t];
                    }
                    else
                    {
                        cov = double.NaN;
                    }
                    covSum[t] += cov;
                    if (coverageValues is not null) coverageValues[(long)t * draws + d] = cov;
                }
                perDrawUnabsorbed[d] = unabsorbed;
                for (var u = 0; u < unitCount; u++) perDrawCapShareU[u][d] = totalCapU[u] > 0 ? capLostU[u] / totalCapU[u] : 0;
                perDrawClosures[d] = closures;
                perDrawGaps[d] = gaps;
                perDrawUnmet[d] = unmet;
            }
            blockUnder[b] = under;
            blockCovSum[b] = covSum;
            var now = Interlocked.Add(ref done, end - b * BlockSize);
            m.Progress?.Report(new MonteCarloProgress(now, draws));
        });

        // Reduce in block order.
        var underCount = new long[T.Length];
        var covTotal = new double[T.Length];
        for (var b = 0; b < blocks; b++)
            for (var t = 0; t < T.Length; t++) { underCount[t] += blockUnder[b][t]; covTotal[t] += blockCovSum[b][t]; }

        var pUnder = new double[m.CellCount];
        var p05 = new double[m.CellCount];
        var p50 = new double[m.CellCount];
        var p95 = new double[m.CellCount];
        var mean = new double[m.CellCount];
        var buffer = keep ? new double[draws] : null;
        for (var c = 0; c < m.CellCount; c++)
        {
            var t = touchedIndex[c];
            if (t < 0)
            {
                var cov = m.CoverageOf(c, fixedSupply[c]);
                pUnder[c] = m.ClassOf(c, fixedSupply[c]).IsUnderSupply() ? 1 : 0;
                p05[c] = p50[c] = p95[c] = mean[c] = cov;
                continue;
            }
            pUnder[c] = (double)underCount[t] / draws;
            mean[c] = covTotal[t] / draws;
            if (buffer is not null && m.Demand[c] > 0)
            {
                Array.Copy(coverageValues!, (long)t * draws, buffer, 0, draws);
                Array.Sort(buffer);
                p05[c] = PercentileSummary.Quantile(buffer, 0.05);
                p50[c] = PercentileSummary.Quantile(buffer, 0.5);
                p95[c] = PercentileSummary.Quantile(buffer, 0.95);
            }
            else
            {
                p05[c] = p50[c] = p95[c] = double.NaN;
            }
        }
        var lostArr = new double[draws];
        Array.Fill(lostArr, (double)lostFunding);
        var summary = new MonteCarloSummary(draws, o.Seed, PercentileSummary.Of(lostArr), PercentileSummary.Of(perDrawUnabsorbed),
            PercentileSummary.Of(perDrawClosures), PercentileSummary.Of(perDrawGaps),
            PercentileSummary.Of(perDrawUnmet), keep,
            Enumerable.Range(0, unitCount).Where(u => totalCapU[u] > 0).ToDictionary(u => (CapacityUnit)u, u => PercentileSummary.Of(perDrawCapShareU[u])),
            UnmetDemandMethod.Local);
        return new MonteCarloOutput { Summary = summary, ProbabilityUnder = pUnder, CoverageP05 = p05, CoverageP50 = p50, CoverageP95 = p95, CoverageMean = mean };
    }
}
