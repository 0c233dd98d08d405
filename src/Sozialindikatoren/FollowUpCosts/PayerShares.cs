using System.Globalization;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// How the follow-up costs of one offering type are split over the public payers (<em>Kostenträgeranteile</em>): shares
/// for Kreis, Kommune, Land, Bund/Jobcenter and social insurance, plus the share of the local youth-welfare authority
/// (<em>örtlicher Träger der Jugendhilfe</em>, the Jugendamt), each in [0, 1], summing to 1 (tolerance 1e-9), with
/// source, year and evidence grade.
/// </summary>
/// <remarks>The youth-office share goes to the Kreis (Kreisjugendamt) unless the offering lies in a municipality with its
/// own Jugendamt (<see cref="Spaces.SocialSpace.OwnYouthOffice"/>, e.g. Stadt Siegen), where it goes to the Kommune
/// (§ 69 SGB VIII with § 2 AG-KJHG NRW); see <see cref="Share"/>.</remarks>
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
    /// <param name="youthOffice">Share of the local youth-welfare authority (<em>Jugendamt</em>): the Kreis, or the Kommune
    /// where the municipality has its own Jugendamt [0].</param>
    /// <exception cref="ArgumentException">A share outside [0, 1] or not finite, shares not summing to 1, an empty source, a year out of range.</exception>
    public PayerShares(double kreis, double kommune, double land, double bund, double socialInsurance, string source, int year, EvidenceGrade grade,
        double youthOffice = 0)
    {
        _shares = [kreis, kommune, land, bund, socialInsurance];
        for (var i = 0; i < _shares.Length; i++)
            if (!double.IsFinite(_shares[i]) || _shares[i] < 0 || _shares[i] > 1)
                throw new ArgumentOutOfRangeException(PayerExtensions.Public[i].ToCode(), _shares[i], $"payer share {PayerExtensions.Public[i].ToCode()}: must be in [0, 1], was {_shares[i].ToString(CultureInfo.InvariantCulture)}.");
        if (!double.IsFinite(youthOffice) || youthOffice < 0 || youthOffice > 1)
            throw new ArgumentOutOfRangeException(nameof(youthOffice), youthOffice, $"payer share jugendamt: must be in [0, 1], was {youthOffice.ToString(CultureInfo.InvariantCulture)}.");
        YouthOffice = youthOffice;
        var sum = _shares.Sum() + youthOffice;
        if (Math.Abs(sum - 1) > 1e-9)
            throw new ArgumentException($"payer shares: must sum to 1, sum was {sum.ToString("R", CultureInfo.InvariantCulture)}.", nameof(kreis));
        if (string.IsNullOrWhiteSpace(source)) throw new ArgumentException("payer shares source: must not be empty.", nameof(source));
        if (year is < 1990 or > 2100) throw new ArgumentOutOfRangeException(nameof(year), year, "payer shares year: must be in 1990-2100.");
        if (!Enum.IsDefined(grade)) throw new ArgumentOutOfRangeException(nameof(grade), grade, "payer shares grade: unknown value.");
        Source = source.Trim();
        Year = year;
        Grade = grade;
    }

    /// <summary>The share of a payer where the Kreisjugendamt is responsible (the youth-office share counted to the Kreis;
    /// 0 for <see cref="Payer.Other"/>); the same as <see cref="Share"/> with <c>ownYouthOffice</c> false.</summary>
    /// <param name="payer">The payer.</param>
    /// <returns>The share in [0, 1].</returns>
    public double this[Payer payer] => Share(payer, ownYouthOffice: false);

    /// <summary>The share of a payer for an offering in a municipality with or without its own Jugendamt: the youth-office
    /// share goes to <see cref="Payer.Kommune"/> when <paramref name="ownYouthOffice"/> is true, else to
    /// <see cref="Payer.Kreis"/>; 0 for <see cref="Payer.Other"/>. The five shares sum to 1 either way.</summary>
    /// <param name="payer">The payer.</param>
    /// <param name="ownYouthOffice">Whether the offering's municipality has its own Jugendamt.</param>
    /// <returns>The share in [0, 1].</returns>
    public double Share(Payer payer, bool ownYouthOffice) => payer switch
    {
        Payer.Kreis => _shares[0] + (ownYouthOffice ? 0 : YouthOffice),
        Payer.Kommune => _shares[1] + (ownYouthOffice ? YouthOffice : 0),
        >= Payer.Land and <= Payer.SocialInsurance => _shares[(int)payer],
        _ => 0,
    };

    /// <summary>The share of the local youth-welfare authority (<em>Jugendamt</em>), in [0, 1]: Kreis or Kommune, see
    /// <see cref="Share"/>.</summary>
    public double YouthOffice { get; }

    /// <summary>Source.</summary>
    public string Source { get; }

    /// <summary>Year.</summary>
    public int Year { get; }

    /// <summary>Evidence grade.</summary>
    public EvidenceGrade Grade { get; }

    /// <summary>e.g. <c>kreis 0.3, kommune 0.4, bund 0.3</c> or <c>jugendamt 1</c> (payers with a share &gt; 0).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", PayerExtensions.Public.Where(p => _shares[(int)p] > 0).Select(p => p.ToCode() + " " + _shares[(int)p].ToString("R", CultureInfo.InvariantCulture))
        .Concat(YouthOffice > 0 ? ["jugendamt " + YouthOffice.ToString("R", CultureInfo.InvariantCulture)] : []));
}
