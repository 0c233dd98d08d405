using System.Globalization;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Gaps;

/// <summary>Demand per norm k and base position b, flattened as k * B + b.</summary>
internal sealed class DemandTable
{
    public required double[] Target { get; init; }
    public required double[] TargetLower { get; init; }
    public required double[] TargetUpper { get; init; }
    public required double[] Demand { get; init; }
    public required double[] DemandLower { get; init; }
    public required double[] DemandUpper { get; init; }
    public required double[] Factor { get; init; }
    public required double[] Sensitivity { get; init; }
    /// <summary>z per base position (NaN when none).</summary>
    public required double[] Z { get; init; }
    public required IndicatorRecord?[][] Records { get; init; }
    public required Dictionary<string, int> RecordColumns { get; init; }
    public required SpaceId[] SpacesWithoutNeedIndex { get; init; }

    public static DemandTable Build(PlanningData data, SpaceLayout layout, SupplyNorms norms, LocalDate asOf, GapOptions options)
    {
        var region = data.Region;
        var bCount = layout.BaseCount;
        var kCount = norms.Count;
        var size = kCount * bCount;
        var t = new double[size];
        var tl = new double[size];
        var th = new double[size];
        var d = new double[size];
        var dl = new double[size];
        var dh = new double[size];
        var f = new double[size];

        // Latest indicator record on or before asOf per (indicator, base space), for the indicators the norms use.
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in norms.Norms)
            if (n.Target.IndicatorId is { } id && !columns.ContainsKey(id)) columns[id] = columns.Count;
        var records = new IndicatorRecord?[columns.Count][];
        for (var c = 0; c < records.Length; c++) records[c] = new IndicatorRecord?[bCount];
        if (columns.Count > 0)
        {
            foreach (var r in data.Indicators)
            {
                if (r.Date > asOf || !columns.TryGetValue(r.IndicatorId, out var c)) continue;
                var si = region.IndexOf(r.Space);
                if (!layout.IsBase[si]) continue;
                var b = layout.BaseOf[si];
                var cur = records[c][b];
                if (cur is null || r.Date > cur.Date) records[c][b] = r;
            }
        }

        // Target populations, computed once per distinct definition.
        var cache = new Dictionary<TargetPopulation, (double[] T, double[] Lo, double[] Hi)>();
        (double[] T, double[] Lo, double[] Hi) TargetsOf(TargetPopulation target)
        {
            if (cache.TryGetValue(target, out var hit)) return hit;
            var tv = new double[bCount];
            var lo = new double[bCount];
            var hi = new double[bCount];
            for (var b = 0; b < bCount; b++)
            {
                var space = layout.Spaces[layout.Bases[b]];
                if (target.Kind == TargetPopulationKind.AgeBand)
                {
                    var v = region.AggregatePopulation(space.Id, target.Band) is { } count ? count : double.NaN;
                    tv[b] = lo[b] = hi[b] = v;
                }
                else
                {
                    var rec = records[columns[target.IndicatorId!]][b];
                    if (rec is null || !rec.Numerator.HasValue || rec.Numerator.Value < 0)
                    {
                        tv[b] = lo[b] = hi[b] = double.NaN;
                        continue;
                    }
                    var x = rec.Numerator.Value;
                    var ci = Rates.Interval((long)Math.Round(x), 1, IntervalMethod.Auto, options.Confidence);
                    tv[b] = x;
                    lo[b] = Math.Min(ci.Lower, x);
                    hi[b] = Math.Max(ci.Upper, x);
                }
            }
            var result = (tv, lo, hi);
            cache[target] = result;
            return result;
        }

        var z = new double[bCount];
        var missingZ = new List<SpaceId>();
        var anySensitivity = options.NeedSensitivity != 0 || options.NeedSensitivityByDomain.Values.Any(s => s != 0);
        for (var b = 0; b < bCount; b++)
        {
            var id = layout.Spaces[layout.Bases[b]].Id;
            if (options.NeedIndex is { } ni && ni.TryGet(id, out var zv)) z[b] = zv;
            else
            {
                z[b] = double.NaN;
                if (anySensitivity) missingZ.Add(id);
            }
        }

        var sensitivity = new double[kCount];
        for (var k = 0; k < kCount; k++)
        {
            var norm = norms.Norms[k];
            var (tv, lo, hi) = TargetsOf(norm.Target);
            var s = options.SensitivityFor(norm.Domain);
            sensitivity[k] = s;
            var r = norm.Rate;
            var rl = options.IncludeNormRange ? norm.RateLower : r;
            var rh = options.IncludeNormRange ? norm.RateUpper : r;
            var off = k * bCount;
            for (var b = 0; b < bCount; b++)
            {
                var factor = s == 0 || double.IsNaN(z[b]) ? 1.0 : GapOptions.NeedFactor(s, z[b]);
                f[off + b] = factor;
                t[off + b] = tv[b];
                tl[off + b] = lo[b];
                th[off + b] = hi[b];
                d[off + b] = tv[b] * r * factor;
                dl[off + b] = lo[b] * rl * factor;
                dh[off + b] = hi[b] * rh * factor;
            }
        }
        return new DemandTable
        {
            Target = t, TargetLower = tl, TargetUpper = th, Demand = d, DemandLower = dl, DemandUpper = dh, Factor = f,
            Sensitivity = sensitivity, Z = z, Records = records, RecordColumns = columns, SpacesWithoutNeedIndex = missingZ.ToArray(),
        };
    }
}
