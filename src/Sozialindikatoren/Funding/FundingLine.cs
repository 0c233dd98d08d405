using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Funding;

/// <summary>
/// One line of an offering's funding plan (<em>Finanzierungsposition</em>): who pays, from which programme, by which
/// instrument, how much per year, for which period (<em>Bewilligungszeitraum</em>).
/// </summary>
/// <remarks>Amounts are EUR per year as <see cref="decimal"/>, strictly positive. The period is a closed
/// <see cref="DateInterval"/> (start and end inclusive), so "until 31.12.2025" ends on that day.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FundingLine : IEquatable<FundingLine>
{
    /// <summary>Creates a funding line.</summary>
    /// <param name="source">Who pays.</param>
    /// <param name="programme">The programme or budget line, e.g. <c>Fachberatung Schuldnerberatung</c>.</param>
    /// <param name="instrument">The financing instrument.</param>
    /// <param name="amountPerYear">EUR per year, &gt; 0.</param>
    /// <param name="period">The funding period (inclusive).</param>
    /// <param name="provenance">Provenance of the amount.</param>
    /// <exception cref="ArgumentException">Empty programme, unknown enum value, or non-positive amount.</exception>
    public FundingLine(FundingSource source, string programme, FundingInstrument instrument, decimal amountPerYear, DateInterval period, Provenance? provenance = null)
    {
        if (!Enum.IsDefined(source)) throw new ArgumentOutOfRangeException(nameof(source), source, "funding line source: unknown value.");
        if (!Enum.IsDefined(instrument)) throw new ArgumentOutOfRangeException(nameof(instrument), instrument, "funding line instrument: unknown value.");
        if (string.IsNullOrWhiteSpace(programme)) throw new ArgumentException("funding line programme: must not be empty.", nameof(programme));
        if (amountPerYear <= 0)
            throw new ArgumentOutOfRangeException(nameof(amountPerYear), amountPerYear, $"funding line '{programme}' amountPerYear: must be > 0 EUR, was {amountPerYear.ToString(CultureInfo.InvariantCulture)}.");
        if (PlausibleRange.CheckAmount(amountPerYear) is { } amountProblem)
            throw new ArgumentOutOfRangeException(nameof(amountPerYear), amountPerYear, $"funding line '{programme}' amountPerYear: {amountProblem}");
        ArgumentNullException.ThrowIfNull(period);
        Source = source;
        Programme = programme.Trim();
        Instrument = instrument;
        AmountPerYear = amountPerYear;
        Period = period;
        Provenance = provenance;
    }

    /// <summary>Who pays.</summary>
    public FundingSource Source { get; }

    /// <summary>The programme or budget line (<em>Förderprogramm</em>, <em>Haushaltstitel</em>).</summary>
    public string Programme { get; }

    /// <summary>The instrument.</summary>
    public FundingInstrument Instrument { get; }

    /// <summary>EUR per year.</summary>
    public decimal AmountPerYear { get; }

    /// <summary>The funding period, start and end inclusive.</summary>
    public DateInterval Period { get; }

    /// <summary>Provenance of the amount.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Whether the line is active on a date (start ≤ date ≤ end).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether active.</returns>
    public bool IsActiveAt(LocalDate date) => Period.Contains(date);

    /// <summary>Whether the line is active at <paramref name="date"/> and its period ends within <paramref name="months"/> months after it
    /// (end ≤ date + months).</summary>
    /// <param name="date">The date.</param>
    /// <param name="months">Months, ≥ 0.</param>
    /// <returns>Whether it ends that soon.</returns>
    public bool EndsWithin(LocalDate date, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return IsActiveAt(date) && Period.End <= date.PlusMonths(months);
    }

    /// <summary>Whole months from <paramref name="date"/> until the end of the period (0 if it ends this month or already ended).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Months remaining.</returns>
    public int MonthsRemaining(LocalDate date) =>
        Period.End < date ? 0 : Math.Max(0, NodaTime.Period.Between(date, Period.End, PeriodUnits.Months).Months);

    /// <summary>A copy with another amount (e.g. after a cut).</summary>
    /// <param name="amountPerYear">The new amount, &gt; 0.</param>
    /// <returns>The copy.</returns>
    public FundingLine WithAmount(decimal amountPerYear) => new(Source, Programme, Instrument, amountPerYear, Period, Provenance);

    /// <inheritdoc />
    public bool Equals(FundingLine? other) =>
        other is not null && Source == other.Source && Programme == other.Programme && Instrument == other.Instrument
        && AmountPerYear == other.AmountPerYear && Period.Equals(other.Period) && Equals(Provenance, other.Provenance);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FundingLine);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Programme, Instrument, AmountPerYear, Period);

    /// <summary>e.g. <c>Land · Fachberatung Schuldnerberatung · FixedAmount · 12000 EUR/a · 2024-01-01..2025-12-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Source} · {Programme} · {Instrument} · {AmountPerYear.ToString(CultureInfo.InvariantCulture)} EUR/a · {Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
