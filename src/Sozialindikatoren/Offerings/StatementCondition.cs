using System.Globalization;
using Sozialindikatoren.Funding;

namespace Sozialindikatoren.Offerings;

/// <summary>
/// The condition of a provider statement (<em>Bedingung der Träger-Angabe</em>): the statement holds when the scenario cuts
/// the offering's funding from <see cref="Source"/> (and, when set, programme <see cref="Programme"/>) by at least
/// <see cref="MinShare"/>, e.g. "if the Land cuts the Familienberatung grant by at least 50 %, we close".
/// </summary>
/// <remarks>Checked by the cut analysis on the offering's own active funding lines: cut share = Σ cuts of the matching
/// lines ÷ Σ their amounts per year; a line matches when its source is <see cref="Source"/> and, with a programme, its
/// programme name contains <see cref="Programme"/> (case-insensitive). No matching line, or a cut share below
/// <see cref="MinShare"/>, means the condition does not hold ("nicht im Szenario").</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class StatementCondition : IEquatable<StatementCondition>
{
    /// <summary>Creates a condition.</summary>
    /// <param name="source">The funder whose cut the statement is about (CSV <c>condition_source</c>).</param>
    /// <param name="programme">Programme name (substring, case-insensitive; CSV <c>condition_programme</c>), or null for every line of the source.</param>
    /// <param name="minShare">Minimum cut share in [0, 1] (CSV <c>condition_min_share</c>); 0 = any cut &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Unknown source or a share outside [0, 1].</exception>
    public StatementCondition(FundingSource source, string? programme, double minShare)
    {
        if (!Enum.IsDefined(source)) throw new ArgumentOutOfRangeException(nameof(source), source, "statement condition source: unknown value.");
        if (!double.IsFinite(minShare) || minShare < 0 || minShare > 1)
            throw new ArgumentOutOfRangeException(nameof(minShare), minShare, $"statement condition minShare: must be in [0, 1], was {minShare.ToString(CultureInfo.InvariantCulture)}.");
        Source = source;
        Programme = string.IsNullOrWhiteSpace(programme) ? null : programme.Trim();
        MinShare = minShare;
    }

    /// <summary>The funder.</summary>
    public FundingSource Source { get; }

    /// <summary>The programme (substring), or null for every line of the source.</summary>
    public string? Programme { get; }

    /// <summary>The minimum cut share in [0, 1].</summary>
    public double MinShare { get; }

    /// <summary>Whether a funding line is one the condition is about (source and programme).</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(FundingLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Source == Source && (Programme is null || line.Programme.Contains(Programme, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public bool Equals(StatementCondition? other) => other is not null && Source == other.Source && Programme == other.Programme && MinShare.Equals(other.MinShare);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatementCondition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Programme, MinShare);

    /// <summary>e.g. <c>bund MBE ≥ 0.3</c> (machine codes, invariant).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source.ToCode()}{(Programme is null ? "" : " " + Programme)} >= {MinShare:R}");
}
