using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// A planning norm (<em>Richtwert</em>, <em>Versorgungsschlüssel</em>, <em>Bedarfseckwert</em>): the capacity needed per
/// target population for one service domain and one capacity unit, with its source and date, e.g. 2 full-time debt
/// counsellors per 50,000 inhabitants (AG SBV 2003).
/// </summary>
/// <remarks>
/// <para>Need rate (<em>Bedarfsquote</em>) r = <see cref="Amount"/> / <see cref="PerPersons"/> capacity units per person
/// of the target population; required capacity = target population × r × need factor (see <see cref="GapAnalysis"/>).</para>
/// <para>An optional range [<see cref="RangeLowerAmount"/>, <see cref="RangeUpperAmount"/>] (same <see cref="PerPersons"/>)
/// records a published spread of the norm, e.g. the women's-shelter norm counted per 10,000 women (half the need) up to
/// the older Council of Europe 1 per 7,500; U3 places for 35 % up to the 45.2 % parental need. The range widens the
/// demand interval (<see cref="GapOptions.IncludeNormRange"/>).</para>
/// <para>A norm that is not published is an assumption (<see cref="Provenance"/> kind
/// <see cref="ProvenanceKind.Assumption"/>) that the user is expected to replace; reports label it.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SupplyNorm
{
    /// <summary>Creates a norm.</summary>
    /// <param name="domain">The service domain.</param>
    /// <param name="unit">The capacity unit the norm is expressed in.</param>
    /// <param name="target">The target population.</param>
    /// <param name="amount">Capacity units required per <paramref name="perPersons"/> persons (finite, ≥ 0).</param>
    /// <param name="perPersons">The reference number of persons (finite, &gt; 0), e.g. 50,000; 1 for a quota (0.35 places per child).</param>
    /// <param name="label">A short German label used in findings, e.g. <c>Schuldnerberatung</c>, <c>Frauenhausplätze</c>.</param>
    /// <param name="provenance">Source and date (<see cref="ProvenanceKind.Sourced"/>) or an assumption (<see cref="ProvenanceKind.Assumption"/>).</param>
    /// <param name="rangeLowerAmount">Lower end of a published range (≤ amount), or null.</param>
    /// <param name="rangeUpperAmount">Upper end of a published range (≥ amount), or null.</param>
    /// <param name="note">A note on the norm (what it covers, how the range arises), or null.</param>
    /// <param name="offeringAges">When set, only offerings whose target-group age band lies within this band count as
    /// supply for the norm (e.g. U3 places, not residential youth care places of the same domain and unit); offerings
    /// without an age band then do not count.</param>
    /// <param name="englishLabel">The norm's English name for <c>--lang en</c> output; default: <paramref name="label"/> (data stays as given).</param>
    /// <param name="offeringTypes">The offering types (<em>Angebotsarten</em>) the norm counts as its supply, e.g.
    /// <c>familienberatung</c>, <c>fruehe_hilfen</c>; null or empty = every offering of the domain and unit. With a list, an
    /// offering of another type does not count; an offering without a type still counts (its type is unknown, see
    /// <see cref="Counts"/>).</param>
    /// <param name="programmes">Funding programmes (<em>Förderprogramme</em>) whose offerings the norm counts: an offering
    /// counts when one of its funding lines' programme contains one of these texts (case-insensitive), whatever its type;
    /// null or empty = none.</param>
    /// <exception cref="ArgumentException">Invalid domain, unit, amounts, label, or a missing provenance.</exception>
    public SupplyNorm(ServiceDomain domain, CapacityUnit unit, TargetPopulation target, double amount, double perPersons,
        string label, Provenance provenance, double? rangeLowerAmount = null, double? rangeUpperAmount = null, string? note = null,
        AgeBand? offeringAges = null, string? englishLabel = null, IEnumerable<OfferingType>? offeringTypes = null, IEnumerable<string>? programmes = null)
    {
        if (string.IsNullOrEmpty(domain.Code)) throw new ArgumentException("supply norm domain: must be set.", nameof(domain));
        if (!Enum.IsDefined(unit)) throw new ArgumentOutOfRangeException(nameof(unit), unit, $"supply norm {domain} unit: unknown value.");
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(provenance);
        if (!double.IsFinite(amount) || amount < 0)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"supply norm {domain}/{unit.ToCode()} amount: must be finite and >= 0, was {F(amount)}.");
        if (!double.IsFinite(perPersons) || perPersons <= 0)
            throw new ArgumentOutOfRangeException(nameof(perPersons), perPersons, $"supply norm {domain}/{unit.ToCode()} perPersons: must be finite and > 0, was {F(perPersons)}.");
        if (string.IsNullOrWhiteSpace(label)) throw new ArgumentException($"supply norm {domain}/{unit.ToCode()} label: must not be empty.", nameof(label));
        if (rangeLowerAmount is { } lo && (!double.IsFinite(lo) || lo < 0 || lo > amount))
            throw new ArgumentOutOfRangeException(nameof(rangeLowerAmount), lo, $"supply norm {domain}/{unit.ToCode()} rangeLowerAmount: must be finite, >= 0 and <= amount ({F(amount)}), was {F(lo)}.");
        if (rangeUpperAmount is { } hi && (!double.IsFinite(hi) || hi < amount))
            throw new ArgumentOutOfRangeException(nameof(rangeUpperAmount), hi, $"supply norm {domain}/{unit.ToCode()} rangeUpperAmount: must be finite and >= amount ({F(amount)}), was {F(hi)}.");
        Domain = domain;
        Unit = unit;
        Target = target;
        Amount = amount;
        PerPersons = perPersons;
        Label = label.Trim();
        EnglishLabel = string.IsNullOrWhiteSpace(englishLabel) ? Label : englishLabel.Trim();
        Provenance = provenance;
        RangeLowerAmount = rangeLowerAmount;
        RangeUpperAmount = rangeUpperAmount;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        OfferingAges = offeringAges;
        var types = (offeringTypes ?? []).Distinct().ToArray();
        foreach (var t in types)
            if (t.Code.Length == 0) throw new ArgumentException($"supply norm {domain}/{unit.ToCode()} offeringTypes: an offering type must be set.", nameof(offeringTypes));
        OfferingTypes = types;
        Programmes = (programmes ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    private SupplyNorm(SupplyNorm n, Provenance provenance, double amount, double? lower, double? upper, bool notSurveyed, SupplyNormOrigin origin, string? sourceArea)
        : this(n.Domain, n.Unit, n.Target, amount, n.PerPersons, n.Label, provenance, lower, upper, n.Note, n.OfferingAges, n.EnglishLabel, n.OfferingTypes, n.Programmes)
    {
        NotSurveyed = notSurveyed;
        Origin = origin;
        SourceArea = sourceArea;
    }

    /// <summary>The offering types the norm counts (<em>Angebotsarten</em>), in the order given; empty = every offering of
    /// the domain and unit.</summary>
    public IReadOnlyList<OfferingType> OfferingTypes { get; }

    /// <summary>Funding programmes whose offerings the norm counts (texts contained in a funding line's programme,
    /// case-insensitive), in the order given; empty = none.</summary>
    public IReadOnlyList<string> Programmes { get; }

    /// <summary>Whether the domain and unit were not surveyed in the data set (<em>nicht erhoben</em>): the inventory does
    /// not record its offerings, so coverage is unknown, never 0 % (rows get <see cref="CoverageClass.NotSurveyed"/>, no
    /// coverage, no gap, no finding).</summary>
    public bool NotSurveyed { get; }

    /// <summary>Where the norm comes from: the library's default catalogue or the data set's own table (<c>richtwerte</c>,
    /// <c>--norms</c>).</summary>
    public SupplyNormOrigin Origin { get; }

    /// <summary>The AGS of the area whose own planning is the norm's only source (e.g. a county's Pflegebedarfsplanung),
    /// or null for a norm of general validity. For a data set without a space of that AGS the norm is an assumption
    /// (<see cref="SupplyNorms.ForRegion"/>).</summary>
    public string? SourceArea { get; }

    /// <summary>A copy marked as not surveyed (<see cref="NotSurveyed"/>).</summary>
    /// <param name="origin">The origin of the mark (the data set's table).</param>
    /// <returns>The copy.</returns>
    public SupplyNorm AsNotSurveyed(SupplyNormOrigin origin = SupplyNormOrigin.DataSet) =>
        new(this, Provenance, Amount, RangeLowerAmount, RangeUpperAmount, true, origin, SourceArea);

    /// <summary>A copy with another origin.</summary>
    /// <param name="origin">The origin.</param>
    /// <returns>The copy.</returns>
    public SupplyNorm WithOrigin(SupplyNormOrigin origin) =>
        new(this, Provenance, Amount, RangeLowerAmount, RangeUpperAmount, NotSurveyed, origin, SourceArea);

    /// <summary>A copy whose source is the own planning of one area (<see cref="SourceArea"/>).</summary>
    /// <param name="ags">The area's AGS, e.g. <c>05970000</c>.</param>
    /// <returns>The copy.</returns>
    public SupplyNorm WithSourceArea(string ags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ags);
        return new(this, Provenance, Amount, RangeLowerAmount, RangeUpperAmount, NotSurveyed, Origin, ags.Trim());
    }

    /// <summary>A copy with another provenance (values kept), e.g. an area's own planning parameter that becomes an
    /// assumption for another area.</summary>
    /// <param name="provenance">The provenance.</param>
    /// <returns>The copy (without <see cref="SourceArea"/>).</returns>
    public SupplyNorm WithProvenance(Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return new(this, provenance, Amount, RangeLowerAmount, RangeUpperAmount, NotSurveyed, Origin, null);
    }

    /// <summary>The age filter on offerings (only offerings whose target-group ages lie within it count), or null for all offerings of the domain and unit.</summary>
    public AgeBand? OfferingAges { get; }

    /// <summary>Whether an offering counts as supply of this norm: same domain and unit; when the norm lists types or
    /// programmes, a type in <see cref="OfferingTypes"/> (an offering without a type counts under a type list, since its
    /// type is unknown) or a funding line of one of the <see cref="Programmes"/>; and the <see cref="OfferingAges"/> filter.</summary>
    /// <param name="offering">The offering.</param>
    /// <returns>Whether it counts.</returns>
    public bool Counts(Offering offering)
    {
        ArgumentNullException.ThrowIfNull(offering);
        if (offering.Domain != Domain || offering.Capacity.Unit != Unit) return false;
        if (OfferingTypes.Count > 0 || Programmes.Count > 0)
        {
            var byType = offering.Type is { } type ? OfferingTypes.Contains(type) : OfferingTypes.Count > 0;   // an unknown type counts under a type list
            var byProgramme = Programmes.Count > 0 && offering.Funding.Lines.Any(l => Programmes.Any(p => l.Programme.Contains(p, StringComparison.OrdinalIgnoreCase)));
            if (!byType && !byProgramme) return false;
        }
        return OfferingAges is not { } band || (offering.TargetGroup?.Ages is { } ages && ages.IsWithin(band));
    }

    /// <summary>The service domain.</summary>
    public ServiceDomain Domain { get; }

    /// <summary>The capacity unit.</summary>
    public CapacityUnit Unit { get; }

    /// <summary>The target population (<em>Zielgruppe</em>).</summary>
    public TargetPopulation Target { get; }

    /// <summary>Capacity units per <see cref="PerPersons"/> persons.</summary>
    public double Amount { get; }

    /// <summary>The reference number of persons.</summary>
    public double PerPersons { get; }

    /// <summary>The need rate r = Amount / PerPersons (capacity units per person of the target population).</summary>
    public double Rate => Amount / PerPersons;

    /// <summary>The lower end of the published range (amount per <see cref="PerPersons"/>), or null.</summary>
    public double? RangeLowerAmount { get; }

    /// <summary>The upper end of the published range (amount per <see cref="PerPersons"/>), or null.</summary>
    public double? RangeUpperAmount { get; }

    /// <summary>The lower need rate: RangeLowerAmount / PerPersons, or <see cref="Rate"/> without a range.</summary>
    public double RateLower => (RangeLowerAmount ?? Amount) / PerPersons;

    /// <summary>The upper need rate: RangeUpperAmount / PerPersons, or <see cref="Rate"/> without a range.</summary>
    public double RateUpper => (RangeUpperAmount ?? Amount) / PerPersons;

    /// <summary>The short German label, e.g. <c>Schuldnerberatung</c>.</summary>
    public string Label { get; }

    /// <summary>Source and date, or the assumption.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether the norm is an assumption (no published norm; the user is expected to replace it).</summary>
    public bool IsAssumption => Provenance.Kind == ProvenanceKind.Assumption;

    /// <summary>A note on the norm, or null.</summary>
    public string? Note { get; }

    /// <summary>A copy with another amount per <see cref="PerPersons"/> (range dropped), e.g. a local planning decision.</summary>
    /// <param name="amount">The new amount (finite, ≥ 0).</param>
    /// <param name="provenance">The provenance of the new value.</param>
    /// <returns>The copy.</returns>
    public SupplyNorm WithAmount(double amount, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return new(this, provenance, amount, null, null, NotSurveyed, Origin, null);
    }

    /// <summary>The English name (<see cref="Label"/> when none was given).</summary>
    public string EnglishLabel { get; }

    /// <summary>The name in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Label"/> or <see cref="EnglishLabel"/>.</returns>
    public string LabelIn(Language language) => language == Language.English ? EnglishLabel : Label;

    /// <summary>A compact language-neutral summary: domain, unit code, amount per persons, target and provenance kind.</summary>
    /// <returns>e.g. <c>Schulden/fte: 2 per 50000 ages:0+ (Sourced)</c>; planner text: <c>Reporting.ResultTables.NormText</c>.</returns>
    public override string ToString() => $"{Domain}/{Unit.ToCode()}: {F(Amount)} per {F(PerPersons)} {Target} ({Provenance.Kind}{(NotSurveyed ? ", not surveyed" : "")})";

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Where a planning norm comes from (<em>Herkunft des Richtwerts</em>).</summary>
public enum SupplyNormOrigin
{
    /// <summary>The library's default catalogue (<see cref="SupplyNorms.Default"/>); <em>Standard</em>.</summary>
    Default = 0,
    /// <summary>The data set's own table (<c>richtwerte</c> sheet or CSV, or <c>--norms FILE</c>); <em>eigener Richtwert</em>.</summary>
    DataSet = 1,
}
