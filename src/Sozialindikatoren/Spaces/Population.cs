using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Spaces;

/// <summary>
/// The population of a space by age band at a reference date (<em>Bevölkerung nach Altersgruppen, Stichtag</em>).
/// </summary>
/// <remarks>
/// <para>The bands are disjoint and may form any partition (e.g. the official bands &lt;3, 3–&lt;6, …, 80+); they need not
/// start at 0 or be contiguous, but queries can only be answered for bands that are exact unions of given ones.</para>
/// <para><see cref="Count(AgeBand)"/> answers any band that is a union of given bands (under 15, 15–&lt;65, 65+ …). A query
/// that cuts through a given band, or that covers ages no given band covers, is an error, never an interpolation.</para>
/// <para>Counts are persons (whole numbers, ≥ 0).</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Population
{
    private readonly AgeBand[] _bands;
    private readonly long[] _counts;

    /// <summary>Creates a population.</summary>
    /// <param name="referenceDate">The reference date (<em>Stichtag</em>), e.g. 31.12.2024.</param>
    /// <param name="counts">Persons per age band; bands must be disjoint and counts non-negative.</param>
    /// <param name="provenance">Where the numbers come from; null = unspecified.</param>
    /// <exception cref="ArgumentException">No bands, overlapping bands or a negative count.</exception>
    public Population(LocalDate referenceDate, IEnumerable<KeyValuePair<AgeBand, long>> counts, Provenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var list = counts.OrderBy(kv => kv.Key).ToArray();
        if (list.Length == 0) throw new ArgumentException("population: needs at least one age band.", nameof(counts));
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Value < 0)
                throw new ArgumentException($"population count for age band {list[i].Key}: must not be negative, was {list[i].Value.ToString(CultureInfo.InvariantCulture)}.", nameof(counts));
            if (PlausibleRange.CheckPopulation(list[i].Value) is { } problem)
                throw new ArgumentOutOfRangeException(nameof(counts), list[i].Value, $"population count for age band {list[i].Key}: {problem}");
            if (i > 0 && list[i - 1].Key.Overlaps(list[i].Key))
                throw new ArgumentException($"population age bands: {list[i - 1].Key} and {list[i].Key} overlap.", nameof(counts));
        }
        ReferenceDate = referenceDate;
        _bands = list.Select(kv => kv.Key).ToArray();
        _counts = list.Select(kv => kv.Value).ToArray();
        Provenance = provenance;
        Total = _counts.Sum();
    }

    /// <summary>Creates a population given only as a total (one band: all ages).</summary>
    /// <param name="referenceDate">The reference date.</param>
    /// <param name="total">The number of persons.</param>
    /// <param name="provenance">Where the number comes from.</param>
    /// <returns>The population.</returns>
    public static Population OfTotal(LocalDate referenceDate, long total, Provenance? provenance = null) =>
        new(referenceDate, [new KeyValuePair<AgeBand, long>(AgeBand.All, total)], provenance);

    /// <summary>The reference date (<em>Stichtag</em>).</summary>
    public LocalDate ReferenceDate { get; }

    /// <summary>Where the numbers come from (null = unspecified).</summary>
    public Provenance? Provenance { get; }

    /// <summary>The given bands in ascending order.</summary>
    public IReadOnlyList<AgeBand> Bands => _bands;

    /// <summary>The given counts, parallel to <see cref="Bands"/>.</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>The total over all given bands.</summary>
    public long Total { get; }

    /// <summary>The number of persons in a band that is a union of given bands.</summary>
    /// <param name="band">The query band, e.g. <c>AgeBand.Under(15)</c>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentException">The query cuts through a given band or covers ages no given band covers.</exception>
    public long Count(AgeBand band)
    {
        if (TryCount(band, out var count, out var error)) return count;
        throw new ArgumentException(error, nameof(band));
    }

    /// <summary>Tries to count persons in a band that is a union of given bands.</summary>
    /// <param name="band">The query band.</param>
    /// <param name="count">The count on success.</param>
    /// <returns>Whether the band is answerable.</returns>
    public bool TryCount(AgeBand band, out long count) => TryCount(band, out count, out _);

    private bool TryCount(AgeBand band, out long count, out string error)
    {
        count = 0;
        var covered = band.From;
        for (var i = 0; i < _bands.Length; i++)
        {
            var b = _bands[i];
            if (!b.Overlaps(band)) continue;
            if (!b.IsWithin(band))
            {
                error = $"population: age band {band} cuts through the given band {b}; only unions of given bands can be counted (no interpolation).";
                return false;
            }
            if (b.From != covered)
            {
                error = $"population: age band {band} is not covered: no given band starts at age {covered}.";
                return false;
            }
            count += _counts[i];
            covered = b.UpperOrMax;
        }
        if (covered != band.UpperOrMax)
        {
            error = $"population: age band {band} is not covered beyond age {covered}.";
            return false;
        }
        error = "";
        return true;
    }
}
