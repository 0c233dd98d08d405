using Sozialindikatoren.Text;
using System.Globalization;

namespace Sozialindikatoren.Indicators;

/// <summary>The polarity of an indicator with respect to social need (<em>Polung</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum Polarity
{
    /// <summary>Context or denominator only (<em>Kontextindikator</em>, "0" in domain.md §2); not used as a need signal.</summary>
    Context = 0,
    /// <summary>A higher value means more need or burden (<em>Belastung</em>, "+"), e.g. SGB II-Quote.</summary>
    MoreNeed = 1,
    /// <summary>A higher value means less need or more supply ("−"), e.g. Beschäftigungsquote, Betreuungsquote.</summary>
    LessNeed = -1,
}

/// <summary>The thematic domain of an indicator (<em>Themenfeld</em>, Wegweiser-Kommune style).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum IndicatorDomain
{
    /// <summary>Demografie: population size, structure and movement.</summary>
    Demography = 0,
    /// <summary>Migration und Integration.</summary>
    Migration = 1,
    /// <summary>Soziale Lage: minimum-income benefits and poverty.</summary>
    SocialSituation = 2,
    /// <summary>Wirtschaft und Arbeit: unemployment and employment.</summary>
    Labour = 3,
    /// <summary>Kinder, Jugend und Familie: family structure, day care, youth welfare.</summary>
    ChildrenAndYouth = 4,
    /// <summary>Pflege und Alter.</summary>
    Care = 5,
    /// <summary>Bildung.</summary>
    Education = 6,
    /// <summary>Finanzielle Lage privater Haushalte: over-indebtedness.</summary>
    Debt = 7,
}

/// <summary>
/// The definition of an indicator (<em>Indikatordefinition</em>, <em>Indikatorenblatt</em>): what is counted, relative
/// to what, on which scale, in which direction, from which source.
/// </summary>
/// <remarks>
/// <para>Value = numerator / denominator × <see cref="Scale"/> (e.g. 100 for a share in %, 1,000 for "je 1.000");
/// a count or direct value has no denominator and scale 1.</para>
/// <para>Ids are lower-case ASCII with underscores (e.g. <c>sgb2_quote</c>); they are the keys of
/// <see cref="IndicatorRecord.IndicatorId"/> and of <see cref="IndicatorPanel"/>.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class IndicatorDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="id">Id: 1–64 characters of a–z, 0–9 and underscore, starting with a letter.</param>
    /// <param name="nameDe">German name (e.g. <c>SGB II-Quote</c>).</param>
    /// <param name="nameEn">English name.</param>
    /// <param name="numerator">Numerator definition (what is counted).</param>
    /// <param name="denominator">Denominator definition (reference population), or null for a count or direct value.</param>
    /// <param name="scale">Multiplier: 1, 100 (%), 1,000 (‰, je 1.000) …; finite and &gt; 0.</param>
    /// <param name="polarity">Direction with respect to need.</param>
    /// <param name="unit">Unit as printed (e.g. <c>%</c>, <c>je 1.000 unter 21</c>, <c>Personen</c>).</param>
    /// <param name="source">Data source and finest public level.</param>
    /// <param name="domain">Thematic domain.</param>
    /// <param name="note">Optional note (variants, caveats).</param>
    /// <param name="unitEn">The unit as printed in English reports (e.g. <c>per 1,000 under 21</c>); null: the same as
    /// <paramref name="unit"/> (right for language-neutral units such as <c>%</c>).</param>
    /// <exception cref="ArgumentException">A field is empty or invalid; the message names it.</exception>
    public IndicatorDefinition(string id, string nameDe, string nameEn, string numerator, string? denominator, double scale,
        Polarity polarity, string unit, string source, IndicatorDomain domain, string? note = null, string? unitEn = null)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64 || !char.IsAsciiLetterLower(id[0]) || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new ArgumentException($"id: must be 1–64 characters of a–z, 0–9 and '_', starting with a letter, was '{id}'.", nameof(id));
        Require(nameDe, nameof(nameDe), id);
        Require(nameEn, nameof(nameEn), id);
        Require(numerator, nameof(numerator), id);
        Require(unit, nameof(unit), id);
        Require(source, nameof(source), id);
        if (!double.IsFinite(scale) || scale <= 0)
            throw new ArgumentException($"scale: indicator '{id}' needs a finite scale > 0, was {scale.ToString(CultureInfo.InvariantCulture)}.", nameof(scale));
        if (!Enum.IsDefined(polarity)) throw new ArgumentException($"polarity: unknown value {polarity} for '{id}'.", nameof(polarity));
        if (!Enum.IsDefined(domain)) throw new ArgumentException($"domain: unknown value {domain} for '{id}'.", nameof(domain));
        Id = id;
        NameDe = nameDe;
        NameEn = nameEn;
        Numerator = numerator;
        Denominator = string.IsNullOrWhiteSpace(denominator) ? null : denominator;
        Scale = scale;
        Polarity = polarity;
        Unit = unit;
        UnitEn = string.IsNullOrWhiteSpace(unitEn) ? unit : unitEn;
        Source = source;
        Domain = domain;
        Note = note;
    }

    private static void Require(string value, string name, string id)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{name}: indicator '{id}' needs a non-empty {name}.", name);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>German name.</summary>
    public string NameDe { get; }

    /// <summary>English name.</summary>
    public string NameEn { get; }

    /// <summary>Numerator definition.</summary>
    public string Numerator { get; }

    /// <summary>Denominator definition, or null for a count or direct value.</summary>
    public string? Denominator { get; }

    /// <summary>Multiplier (1, 100, 1,000 …).</summary>
    public double Scale { get; }

    /// <summary>Direction with respect to need.</summary>
    public Polarity Polarity { get; }

    /// <summary>Unit as printed in German (<em>Einheit</em>, e.g. <c>je 1.000 unter 21</c>).</summary>
    public string Unit { get; }

    /// <summary>Unit as printed in English (e.g. <c>per 1,000 under 21</c>); the German unit when none was given.</summary>
    public string UnitEn { get; }

    /// <summary>The unit as printed in a language: <see cref="Unit"/> or <see cref="UnitEn"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The unit text.</returns>
    public string UnitIn(Language language) => language == Language.English ? UnitEn : Unit;

    /// <summary>A copy with another English unit (the catalogue uses it to name its units in English).</summary>
    internal IndicatorDefinition WithUnitEn(string unitEn) =>
        new(Id, NameDe, NameEn, Numerator, Denominator, Scale, Polarity, Unit, Source, Domain, Note, unitEn);

    /// <summary>Source and finest public level.</summary>
    public string Source { get; }

    /// <summary>Thematic domain.</summary>
    public IndicatorDomain Domain { get; }

    /// <summary>Note (variants, caveats), or null.</summary>
    public string? Note { get; }

    /// <summary>Whether the value is a share in percent (scale 100 with a denominator), so that changes are in percentage points.</summary>
    public bool IsPercentage => Denominator is not null && Scale == 100;

    /// <summary>Id and German name, e.g. <c>sgb2_quote (SGB II-Quote, %)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({NameDe}, {Unit})";
}
