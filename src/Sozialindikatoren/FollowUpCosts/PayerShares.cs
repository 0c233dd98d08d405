using System.Globalization;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// How the follow-up costs of one offering type are split over the public payers (<em>Kostenträgeranteile</em>): shares
/// for Kreis, Kommune, Land, Bund/Jobcenter and social insurance, each in [0, 1], summing to 1 (tolerance 1e-9), with
/// source, year and evidence grade.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class PayerShares
{
    private readonly double[] _shares;

    /// <summary>Creates and validates payer shares.</summary>
    /// <param name="kreis">Share of the Kreis.</param>
    /// <param name="kommune">Share of the Kommune.</param>
    /// <param name="land">Share of the Land.</param>
    /// <param name="bund">Share of Bund/Jobcenter.</param>
    /// <param name="socialInsurance">Share of social insurance.</param>
    /// <param name="source">Source (not empty).</param>
    /// <param name="year">Year (1990–2100).</param>
    /// <param name="grade">Evidence grade.</param>
    /// <exception cref="ArgumentException">A share outside [0, 1] or not finite, shares not summing to 1, an empty source, a year out of range.</exception>
    public PayerShares(double kreis, double kommune, double land, double bund, double socialInsurance, string source, int year, EvidenceGrade grade)
    {
        _shares = [kreis, kommune, land, bund, socialInsurance];
        for (var i = 0; i < _shares.Length; i++)
            if (!double.IsFinite(_shares[i]) || _shares[i] < 0 || _shares[i] > 1)
                throw new ArgumentOutOfRangeException(PayerExtensions.Public[i].ToCode(), _shares[i], $"payer share {PayerExtensions.Public[i].ToCode()}: must be in [0, 1], was {_shares[i].ToString(CultureInfo.InvariantCulture)}.");
        var sum = _shares.Sum();
        if (Math.Abs(sum - 1) > 1e-9)
            throw new ArgumentException($"payer shares: must sum to 1, sum was {sum.ToString("R", CultureInfo.InvariantCulture)}.", nameof(kreis));
        if (string.IsNullOrWhiteSpace(source)) throw new ArgumentException("payer shares source: must not be empty.", nameof(source));
        if (year is < 1990 or > 2100) throw new ArgumentOutOfRangeException(nameof(year), year, "payer shares year: must be in 1990-2100.");
        if (!Enum.IsDefined(grade)) throw new ArgumentOutOfRangeException(nameof(grade), grade, "payer shares grade: unknown value.");
        Source = source.Trim();
        Year = year;
        Grade = grade;
    }

    /// <summary>The share of a payer (0 for <see cref="Payer.Other"/>).</summary>
    /// <param name="payer">The payer.</param>
    /// <returns>The share in [0, 1].</returns>
    public double this[Payer payer] => payer is >= Payer.Kreis and <= Payer.SocialInsurance ? _shares[(int)payer] : 0;

    /// <summary>Source.</summary>
    public string Source { get; }

    /// <summary>Year.</summary>
    public int Year { get; }

    /// <summary>Evidence grade.</summary>
    public EvidenceGrade Grade { get; }

    /// <summary>e.g. <c>kreis 1</c> (payers with a share &gt; 0).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", PayerExtensions.Public.Where(p => this[p] > 0).Select(p => p.ToCode() + " " + this[p].ToString("R", CultureInfo.InvariantCulture)));
}
