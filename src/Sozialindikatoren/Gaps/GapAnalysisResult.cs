using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// The result of a gap analysis (<em>Ergebnis der Versorgungslückenanalyse</em>): one <see cref="CoverageRow"/> per space ×
/// norm (domain × unit), base spaces first, then the aggregates (planning regions, county); ranked
/// <see cref="GapFinding"/>s with evidence; conference statements with agreement; and what could not be analysed.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class GapAnalysisResult
{
    private readonly CoverageRow[] _rows;
    private readonly Dictionary<SpaceId, int> _spacePosition;
    private readonly Dictionary<(ServiceDomain, CapacityUnit), int> _keyIndex;

    internal GapAnalysisResult(PlanningData data, SupplyNorms norms, LocalDate asOf, GapOptions options, SpaceLayout layout,
        DemandTable demand, SupplyTable supply, Offering[] sortedOfferings)
    {
        Data = data;
        Norms = norms;
        Layout = layout;
        DemandTable = demand;
        SupplyTable = supply;
        SortedOfferings = sortedOfferings;
        AsOf = asOf;
        Options = options;
        var k = norms.Count;
        var bCount = layout.BaseCount;
        var outputSpaces = layout.Bases.Concat(layout.Aggregates).ToArray();
        _rows = new CoverageRow[outputSpaces.Length * k];
        _spacePosition = new Dictionary<SpaceId, int>(outputSpaces.Length);
        for (var p = 0; p < outputSpaces.Length; p++) _spacePosition[layout.Spaces[outputSpaces[p]].Id] = p;
        _keyIndex = new Dictionary<(ServiceDomain, CapacityUnit), int>();
        for (var j = 0; j < k; j++) _keyIndex[(norms.Norms[j].Domain, norms.Norms[j].Unit)] = j;

        var thresholds = options.Thresholds;
        for (var b = 0; b < bCount; b++)
        {
            var space = layout.Spaces[layout.Bases[b]];
            for (var j = 0; j < k; j++)
            {
                var i = j * bCount + b;
                _rows[b * k + j] = new CoverageRow(space, false, norms.Norms[j], demand.Target[i], demand.TargetLower[i], demand.TargetUpper[i],
                    demand.Demand[i], demand.DemandLower[i], demand.DemandUpper[i], supply.Supply[i], demand.Factor[i], thresholds);
            }
        }
        for (var a = 0; a < layout.Aggregates.Length; a++)
        {
            var space = layout.Spaces[layout.Aggregates[a]];
            var members = layout.Members[a];
            for (var j = 0; j < k; j++)
            {
                var off = j * bCount;
                double t = 0, tl = 0, th = 0, d = 0, dl = 0, dh = 0, s = 0, unadjusted = 0;
                foreach (var b in members)
                {
                    var i = off + b;
                    t += demand.Target[i];
                    tl += demand.TargetLower[i];
                    th += demand.TargetUpper[i];
                    d += demand.Demand[i];
                    dl += demand.DemandLower[i];
                    dh += demand.DemandUpper[i];
                    s += supply.Supply[i];
                    unadjusted += demand.Target[i] * norms.Norms[j].Rate;
                }
                var factor = unadjusted > 0 && double.IsFinite(d) ? d / unadjusted : 1.0;
                _rows[(bCount + a) * k + j] = new CoverageRow(space, true, norms.Norms[j], t, tl, th, d, dl, dh, s, factor, thresholds);
            }
        }

        OfferingsWithoutNorm = supply.WithoutNorm.Select(o => sortedOfferings[o]).ToArray();
        UnassignedOfferings = supply.Unassigned.Select(o => sortedOfferings[o]).ToArray();
        OfferingsFundingEnded = supply.FundingEnded.Select(o => sortedOfferings[o]).ToArray();
        SpacesWithoutNeedIndex = demand.SpacesWithoutNeedIndex;
        Statements = BuildStatements(data, layout, asOf);
        Findings = BuildFindings(data, layout, demand, supply, sortedOfferings);
        BaseSpaceCount = bCount;
    }

    /// <summary>The data set analysed.</summary>
    public PlanningData Data { get; }

    /// <summary>The data set's name.</summary>
    public string DataName => Data.Name;

    /// <summary>The spaces analysed (base spaces and aggregates), shared with the cut analysis.</summary>
    internal SpaceLayout Layout { get; }

    /// <summary>Demand per norm and base space (k * B + b), shared with the cut analysis.</summary>
    internal DemandTable DemandTable { get; }

    /// <summary>Supply and its attribution to offerings per norm and base space, shared with the cut analysis.</summary>
    internal SupplyTable SupplyTable { get; }

    /// <summary>The offerings in ordinal id order (the indexes of <see cref="SupplyTable"/>).</summary>
    internal Offering[] SortedOfferings { get; }

    /// <summary>The norms used.</summary>
    public SupplyNorms Norms { get; }

    /// <summary>The analysis date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The options used.</summary>
    public GapOptions Options { get; }

    /// <summary>Number of base spaces (the first <c>BaseSpaceCount × Norms.Count</c> rows).</summary>
    public int BaseSpaceCount { get; }

    /// <summary>All rows: per space (base spaces in region order, then aggregates from finer to coarser levels) one row per norm in catalogue order.</summary>
    public IReadOnlyList<CoverageRow> Rows => _rows;

    /// <summary>The ranked findings (rank 1 first).</summary>
    public IReadOnlyList<GapFinding> Findings { get; }

    /// <summary>Conference statements dated on or before <see cref="AsOf"/>, each compared with the row of every unit of its
    /// space and domain (one assessment per statement and unit; one with no row when the domain has no norm). A statement
    /// about a space below the base level is compared with its base ancestor.</summary>
    public IReadOnlyList<StatementAssessment> Statements { get; }

    /// <summary>The same statements, one per statement (<see cref="ConferenceAssessment"/>: its norms, the coverage for
    /// each, one combined agreement), in the order of <see cref="Statements"/>.</summary>
    public IReadOnlyList<ConferenceAssessment> Conference => LazyInitializer.EnsureInitialized(ref _conference, () => ConferenceAssessment.Group(Statements, Data.ConferenceStatements));

    private ConferenceAssessment[]? _conference;

    /// <summary>Offerings not analysed: their domain and unit have no norm in the catalogue, or the norm's
    /// <see cref="SupplyNorm.OfferingAges"/> filter excludes them; ordered by id.</summary>
    public IReadOnlyList<Offering> OfferingsWithoutNorm { get; }

    /// <summary>Offerings not counted as supply because every funding period ended before <see cref="AsOf"/> (an offering
    /// without funding lines is counted); ordered by id.</summary>
    public IReadOnlyList<Offering> OfferingsFundingEnded { get; }

    /// <summary>Offerings that could not be assigned to any base space (location or served spaces outside the analysed tree), ordered by id.</summary>
    public IReadOnlyList<Offering> UnassignedOfferings { get; }

    /// <summary>Base spaces without a need index value although a sensitivity s ≠ 0 was set (factor 1 used).</summary>
    public IReadOnlyList<SpaceId> SpacesWithoutNeedIndex { get; }

    /// <summary>The row of a space, domain and unit.</summary>
    /// <param name="space">The space (base or aggregate).</param>
    /// <param name="domain">The domain.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The space was not analysed or there is no norm for the domain and unit.</exception>
    public CoverageRow Row(SpaceId space, ServiceDomain domain, CapacityUnit unit)
    {
        if (!_spacePosition.TryGetValue(space, out var p)) throw new KeyNotFoundException($"gap result: space '{space}' was not analysed.");
        if (!_keyIndex.TryGetValue((domain, unit), out var j)) throw new KeyNotFoundException($"gap result: no norm for domain '{domain}' and unit '{unit.ToCode()}'.");
        return _rows[p * Norms.Count + j];
    }

    /// <summary>The rows of a space (one per norm).</summary>
    /// <param name="space">The space.</param>
    /// <returns>The rows, or an empty list when the space was not analysed.</returns>
    public IReadOnlyList<CoverageRow> RowsOf(SpaceId space) =>
        _spacePosition.TryGetValue(space, out var p) ? new ArraySegment<CoverageRow>(_rows, p * Norms.Count, Norms.Count) : [];

    /// <summary>A compact language-neutral summary: data set, Stichtag, rows, findings and the top five findings
    /// (planner text: <see cref="Reporting.GapFindingsText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("GapAnalysisResult ").Append(DataName).Append(", as of ").Append(AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(": ")
          .Append(_rows.Length.ToString(CultureInfo.InvariantCulture)).Append(" rows, ")
          .Append(Findings.Count.ToString(CultureInfo.InvariantCulture)).Append(" findings");
        foreach (var f in Findings.Take(5)) sb.AppendLine().Append(f);
        return sb.ToString();
    }




    private int RowSpacePosition(SpaceLayout layout, SpaceId id)
    {
        // A statement about a space below the base level is compared with its base ancestor.
        if (_spacePosition.TryGetValue(id, out var p)) return p;
        var si = Array.FindIndex(layout.Spaces, s => s.Id == id);
        if (si < 0 || layout.BaseOf[si] < 0) return -1;
        return layout.BaseOf[si];
    }

    private List<CoverageRow> DomainRows(int position, ServiceDomain domain)
    {
        var list = new List<CoverageRow>(2);
        var k = Norms.Count;
        for (var j = 0; j < k; j++)
            if (Norms.Norms[j].Domain == domain) list.Add(_rows[position * k + j]);
        return list;
    }

    private StatementAssessment[] BuildStatements(PlanningData data, SpaceLayout layout, LocalDate asOf)
    {
        var list = new List<StatementAssessment>();
        foreach (var st in data.ConferenceStatements.Where(s => s.Date <= asOf)
                     .OrderBy(s => s.Space).ThenBy(s => s.Domain).ThenBy(s => s.Date).ThenBy(s => s.Text, StringComparer.Ordinal))
        {
            var p = RowSpacePosition(layout, st.Space);
            var rows = p >= 0 ? DomainRows(p, st.Domain) : [];
            if (rows.Count == 0) list.Add(new StatementAssessment(st, null));
            foreach (var row in rows) list.Add(new StatementAssessment(st, row));
        }
        return list.ToArray();
    }

    private GapFinding[] BuildFindings(PlanningData data, SpaceLayout layout, DemandTable demand, SupplyTable supply, Offering[] offerings)
    {
        var k = Norms.Count;
        var bCount = layout.BaseCount;
        var candidates = new List<(int Row, double Score)>();
        for (var i = 0; i < bCount * k; i++)
        {
            var r = _rows[i];
            if (r.Certainty == GapCertainty.None || r.Demand is not { } d || d <= 0) continue;
            var gap = Math.Max(r.Gap ?? 0, 0);
            var score = gap / d * (r.PeopleNotCovered ?? 0) * r.NeedFactor;
            candidates.Add((i, score));
        }
        var ordered = candidates.ToArray();
        // Score descending, then certainty descending, then row order: a total order, so the unstable sort is deterministic.
        Array.Sort(ordered, (x, y) =>
        {
            var c = y.Score.CompareTo(x.Score);
            if (c != 0) return c;
            c = ((int)_rows[y.Row].Certainty).CompareTo((int)_rows[x.Row].Certainty);
            return c != 0 ? c : x.Row.CompareTo(y.Row);
        });
        var source = new EvidenceSource(this, layout, demand, supply, offerings);
        var findings = new GapFinding[ordered.Length];
        for (var n = 0; n < ordered.Length; n++)
            findings[n] = new GapFinding(n + 1, ordered[n].Score, _rows[ordered[n].Row], ordered[n].Row, source);
        return findings;
    }

    /// <summary>Shared state from which findings build their evidence on first access (the analysis itself stays cheap).</summary>
    internal sealed class EvidenceSource(GapAnalysisResult result, SpaceLayout layout, DemandTable demand, SupplyTable supply, Offering[] offerings)
    {
        private ILookup<(int Position, ServiceDomain Domain), StatementAssessment>? _statements;

        public DemandCalculation Demand(int rowIndex)
        {
            var k = result.Norms.Count;
            var b = rowIndex / k;
            var j = rowIndex % k;
            var row = result._rows[rowIndex];
            var zb = demand.Z[b];
            var o = result.Options;
            return new DemandCalculation(row, result.TargetSource(layout, demand, b, j),
                o.IncludeNormRange ? row.Norm.RateLower : row.Norm.Rate,
                o.IncludeNormRange ? row.Norm.RateUpper : row.Norm.Rate,
                demand.Sensitivity[j], double.IsNaN(zb) ? null : zb, result.AsOf, o.Confidence.Level);
        }

        public SupplyContribution[] Supply(int rowIndex)
        {
            var k = result.Norms.Count;
            var key = rowIndex % k * layout.BaseCount + rowIndex / k;
            var list = new SupplyContribution[supply.ContributionStart[key + 1] - supply.ContributionStart[key]];
            for (var c = supply.ContributionStart[key]; c < supply.ContributionStart[key + 1]; c++)
                list[c - supply.ContributionStart[key]] = new SupplyContribution(offerings[supply.ContributionOffering[c]], supply.ContributionAmount[c], supply.ContributionKinds[c]);
            return list;
        }

        public StatementAssessment[] Statements(int rowIndex)
        {
            var lookup = LazyInitializer.EnsureInitialized(ref _statements,
                () => result.Statements.ToLookup(s => (Position: result.RowSpacePosition(layout, s.Statement.Space), s.Statement.Domain)));
            var k = result.Norms.Count;
            var b = rowIndex / k;
            var j = rowIndex % k;
            var row = result._rows[rowIndex];
            // Statements about the space itself and about its planning region and county, each compared with the row of
            // its own space for the same norm.
            var statements = new List<StatementAssessment>();
            for (var si = layout.Bases[b]; si >= 0; si = layout.Parent[si])
            {
                if (!result._spacePosition.TryGetValue(layout.Spaces[si].Id, out var pos)) continue;
                foreach (var s in lookup[(pos, row.Domain)])
                    if (s.Row is null || s.Row.Unit == row.Unit)
                        statements.Add(new StatementAssessment(s.Statement, result._rows[pos * k + j]));
            }
            return statements.ToArray();
        }
    }

    private DemandCalculation.TargetOrigin TargetSource(SpaceLayout layout, DemandTable demand, int b, int j)
    {
        var norm = Norms.Norms[j];
        var space = layout.Spaces[layout.Bases[b]];
        if (norm.Target.Kind == TargetPopulationKind.AgeBand)
        {
            var pop = space.Population;
            return pop is null
                ? new(TargetSourceKind.SumOfChildren, null, null, null, null)
                : new(TargetSourceKind.Population, pop.ReferenceDate, pop.Provenance, null, null);
        }
        var rec = demand.Records[demand.RecordColumns[norm.Target.IndicatorId!]][b];
        if (rec is null) return new(TargetSourceKind.IndicatorMissing, null, null, null, null);
        if (!rec.Numerator.HasValue) return new(TargetSourceKind.NumeratorMissing, rec.Date, rec.Provenance, null, null);
        var i = j * layout.BaseCount + b;
        return new(TargetSourceKind.Indicator, rec.Date, rec.Provenance, demand.TargetLower[i], demand.TargetUpper[i]);
    }
}
