using System.Globalization;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// A standardised need index per space (<em>Bedarfsindex</em>, e.g. the z-score of the composite social index) used for
/// the need adjustment factor 1 + s·z (clamped to [0.5, 2]).
/// </summary>
/// <remarks>Higher z = more need. Values must be finite. A base space without a value gets factor 1 (no adjustment)
/// and is listed in <see cref="GapAnalysisResult.SpacesWithoutNeedIndex"/>.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class NeedIndex
{
    private readonly Dictionary<SpaceId, double> _z;

    /// <summary>Creates a need index.</summary>
    /// <param name="z">z per space (finite).</param>
    /// <param name="description">What it is, e.g. <c>Sozialindex 2024 (z-Wert)</c>.</param>
    /// <exception cref="ArgumentException">A non-finite value.</exception>
    public NeedIndex(IEnumerable<KeyValuePair<SpaceId, double>> z, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(z);
        _z = new Dictionary<SpaceId, double>();
        foreach (var (k, v) in z)
        {
            if (!double.IsFinite(v)) throw new ArgumentException($"need index z for space '{k}': must be finite, was {v.ToString("R", CultureInfo.InvariantCulture)}.", nameof(z));
            _z[k] = v;
        }
        Description = string.IsNullOrWhiteSpace(description) ? "Bedarfsindex (z)" : description.Trim();
    }

    /// <summary>
    /// The status z of a social index (<see cref="Composite.SocialIndexEntry.StatusZ"/>, higher = more need) as the need
    /// index. Spaces without a status (excluded for small population or without data) get no value, so their need
    /// factor stays 1 and they are listed in <see cref="GapAnalysisResult.SpacesWithoutNeedIndex"/>.
    /// </summary>
    /// <param name="index">The social index, e.g. <c>SocialIndex.Compute(data, SocialIndexOptions.StatusOnly)</c>.</param>
    /// <returns>The need index, described as <c>Sozialindex (Status-z, Stand dd.MM.yyyy)</c>.</returns>
    public static NeedIndex FromSocialIndex(Composite.SocialIndexResult index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new NeedIndex(index.Entries.Where(e => e.HasStatus).Select(e => new KeyValuePair<SpaceId, double>(e.Space, e.StatusZ)),
            "Sozialindex (Status-z, Stand " + NumberFormat.Date(index.StatusPeriod) + ")");
    }

    /// <summary>What the index is.</summary>
    public string Description { get; }

    /// <summary>The values.</summary>
    public IReadOnlyDictionary<SpaceId, double> Values => _z;

    /// <summary>Tries to get z of a space.</summary>
    /// <param name="space">The space.</param>
    /// <param name="z">z on success.</param>
    /// <returns>Whether the space has a value.</returns>
    public bool TryGet(SpaceId space, out double z) => _z.TryGetValue(space, out z);
}
