using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

/// <summary>
/// The input of the monitoring (<em>Monitoring-Panel</em>): an <see cref="IndicatorPanel"/> of values over many periods,
/// a second <see cref="IndicatorPanel"/> of the same shape holding each rate's denominator (the count is value ×
/// denominator / scale), and the region that says which spaces are the county (a reference) and which belong to it.
/// </summary>
/// <remarks>
/// <para><b>Aggregates.</b> A space above the leaves (planning region, county) without its own record for an indicator
/// and period gets the ratio of sums over its leaves, Σ numerator / Σ denominator × scale, with status propagation
/// (<see cref="Observation.Sum(ReadOnlySpan{Observation})"/>: one suppressed leaf leaves the sum without a number). Direct
/// values (no denominator, e.g. GISD scores) are not aggregated.</para>
/// <para>Spaces are ordered as in the region; a space of level <see cref="SpaceLevel.County"/> or
/// <see cref="SpaceLevel.State"/> is a reference series and never flagged.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class MonitoringPanel
{
    private readonly Dictionary<SpaceId, SpaceId?> _county;

    private MonitoringPanel(IndicatorPanel values, IndicatorPanel denominators, Region region, bool illustrative)
    {
        Values = values;
        Denominators = denominators;
        Region = region;
        HasIllustrativeFigures = illustrative;
        _county = [];
        foreach (var s in values.Spaces)
        {
            SpaceId? county = null;
            if (region.Contains(s))
                foreach (var a in region.AncestorsOf(s))
                    if (a.Level == SpaceLevel.County) county = a.Id;
            _county[s] = county;
        }
    }

    /// <summary>The values (rates in the indicator's scale, direct values as given).</summary>
    public IndicatorPanel Values { get; }

    /// <summary>The denominators in the same layout (<see cref="ValueStatus.Missing"/> for direct values).</summary>
    public IndicatorPanel Denominators { get; }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>Whether any record used is illustrative or an assumption.</summary>
    public bool HasIllustrativeFigures { get; }

    /// <summary>Whether a space is a reference series (county or state level), which the rules never flag.</summary>
    /// <param name="space">The space.</param>
    /// <returns>Whether it is a reference.</returns>
    public bool IsReference(SpaceId space) => Region.TryGet(space, out var s) && s.Level <= SpaceLevel.County;

    /// <summary>The county a space belongs to, or null (also for the county itself).</summary>
    /// <param name="space">The space.</param>
    /// <returns>The county's id or null.</returns>
    public SpaceId? CountyOf(SpaceId space) => _county.TryGetValue(space, out var c) ? c : null;

    /// <summary>The count (numerator) of a cell: value × denominator / scale; NaN for direct values or without a number.</summary>
    /// <param name="space">Space index.</param>
    /// <param name="indicator">Indicator index.</param>
    /// <param name="period">Period index.</param>
    /// <returns>The count.</returns>
    public double Count(int space, int indicator, int period)
    {
        var d = Denominators.Get(space, indicator, period);
        var v = Values.Get(space, indicator, period);
        if (!d.HasValue || !v.HasValue) return double.NaN;
        var scale = Values.Definition(Values.Indicators[indicator])?.Scale ?? 1;
        return Math.Round(v.Value * d.Value / scale, 6);
    }

    /// <summary>Builds the panel of a planning data set (its indicator records and region), without the confidential
    /// indicators (<see cref="PlanningData.ConfidentialIndicators"/>): their per-space rates with the published population
    /// would reveal counts that are published only after disclosure control.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="catalogue">Definitions (default <see cref="IndicatorCatalogue.Standard"/>).</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentException">The data set has no indicator records that are not confidential.</exception>
    public static MonitoringPanel FromData(PlanningData data, IndicatorCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return FromRecords(PublishableRecords(data), data.Region, catalogue);
    }

    /// <summary>The indicator records of a data set the monitoring may show: all but those of confidential indicators.</summary>
    internal static IReadOnlyList<IndicatorRecord> PublishableRecords(PlanningData data) =>
        data.ConfidentialIndicators.Count == 0 ? data.Indicators : data.Indicators.Where(r => !data.ConfidentialIndicators.Contains(r.IndicatorId)).ToArray();

    /// <summary>Builds the panel from raw records and the region, adding the aggregates (see remarks).</summary>
    /// <param name="records">The records (at most one per space, indicator and date).</param>
    /// <param name="region">The region the records' spaces belong to.</param>
    /// <param name="catalogue">Definitions (default <see cref="IndicatorCatalogue.Standard"/>).</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentException">No records, a space not in the region, or a duplicate record.</exception>
    public static MonitoringPanel FromRecords(IEnumerable<IndicatorRecord> records, Region region, IndicatorCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(region);
        catalogue ??= IndicatorCatalogue.Standard;
        var list = records.ToList();
        if (list.Count == 0) throw new ArgumentException("records: the data has no indicator records to monitor.", nameof(records));
        foreach (var r in list)
            if (!region.Contains(r.Space)) throw new ArgumentException($"records: space '{r.Space}' of indicator '{r.IndicatorId}' is not in the region.", nameof(records));
        var own = new HashSet<(SpaceId, string, LocalDate)>(list.Select(r => (r.Space, r.IndicatorId, r.Date)));
        var byLeaf = list.Where(r => r.Denominator is not null).ToLookup(r => (r.IndicatorId, r.Date));
        var all = new List<IndicatorRecord>(list);
        foreach (var space in region.Spaces)
        {
            var leaves = region.LeavesOf(space.Id);
            if (leaves.Count == 0 || (leaves.Count == 1 && leaves[0].Id == space.Id)) continue;
            var leafIds = leaves.Select(l => l.Id).ToHashSet();
            foreach (var group in byLeaf)
            {
                if (own.Contains((space.Id, group.Key.IndicatorId, group.Key.Date))) continue;
                var parts = group.Where(r => leafIds.Contains(r.Space)).ToArray();
                if (parts.Length != leafIds.Count) continue;
                var num = Observation.Sum(parts.Select(p => p.Numerator));
                var den = Observation.Sum(parts.Select(p => p.Denominator!.Value));
                var provenance = parts.Any(p => p.Provenance?.NeedsLabel == true)
                    ? Provenance.Illustrative($"Summe der {parts.Length} Teilräume (enthält illustrative Werte)")
                    : new Provenance(ProvenanceKind.Derived, $"Summe der {parts.Length} Teilräume");
                all.Add(new IndicatorRecord(space.Id, group.Key.IndicatorId, group.Key.Date, num, den, provenance));
            }
        }
        var order = region.Spaces.Select((s, i) => (s.Id, i)).ToDictionary(t => t.Id, t => t.i);
        all.Sort((a, b) => order[a.Space].CompareTo(order[b.Space]));
        var values = IndicatorPanel.FromRecords(all, catalogue);
        var db = new IndicatorPanelBuilder(catalogue);
        foreach (var s in values.Spaces) db.AddSpace(s);
        foreach (var r in all) db.Set(r.Space, r.IndicatorId, r.Date, r.Denominator ?? Observation.Missing);
        var denominators = db.Build();
        return new MonitoringPanel(values, denominators, region, all.Any(r => r.Provenance?.NeedsLabel == true));
    }
}
