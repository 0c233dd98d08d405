using System.Collections.ObjectModel;
using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// A standard population for direct age standardisation (<em>Standardbevölkerung</em>): one weight per age band.
/// </summary>
/// <remarks>The built-in <see cref="European2013"/> is the European Standard Population 2013 (Eurostat, "Revision of
/// the European Standard Population", Methodologies and Working papers, 2013 edition): 19 five-year bands 0–4 … 85–89
/// and 90+, weights 5000 … 1000 summing to 100,000. Any user standard (e.g. a Land's population) can be built with the
/// constructor.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class StandardPopulation
{
    private readonly double[] _weights;

    /// <summary>Creates a standard population.</summary>
    /// <param name="name">A name, e.g. <c>ESP 2013</c>; not empty.</param>
    /// <param name="bandLabels">The age band labels, e.g. <c>0-4</c>; one per weight, not empty, unique.</param>
    /// <param name="weights">The weights (standard population counts), each finite and ≥ 0, sum &gt; 0.</param>
    /// <exception cref="ArgumentException">A label is empty or duplicated, or the counts differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, or all are zero.</exception>
    public StandardPopulation(string name, IReadOnlyList<string> bandLabels, IReadOnlyList<double> weights)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bandLabels);
        ArgumentNullException.ThrowIfNull(weights);
        if (bandLabels.Count != weights.Count || weights.Count == 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights: {weights.Count} weights for {bandLabels.Count} band labels; need the same, non-zero number."), nameof(weights));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double sum = 0;
        _weights = new double[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(bandLabels[i]) || !seen.Add(bandLabels[i]))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"bandLabels[{i}]: empty or duplicated label '{bandLabels[i]}'."), nameof(bandLabels));
            var w = weights[i];
            if (!(w >= 0) || !double.IsFinite(w))
                throw new ArgumentOutOfRangeException(nameof(weights), w, string.Create(CultureInfo.InvariantCulture, $"weights[{i}]: must be finite and ≥ 0, was {w:R}."));
            _weights[i] = w;
            sum += w;
        }
        if (!(sum > 0)) throw new ArgumentOutOfRangeException(nameof(weights), sum, "weights: the weights must not all be zero.");
        Name = name;
        BandLabels = new ReadOnlyCollection<string>(bandLabels.ToArray());
        TotalWeight = sum;
    }

    /// <summary>The name of the standard.</summary>
    public string Name { get; }

    /// <summary>The age band labels in order.</summary>
    public IReadOnlyList<string> BandLabels { get; }

    /// <summary>The weights in band order (read-only view).</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The number of age bands.</summary>
    public int BandCount => _weights.Length;

    /// <summary>The sum of the weights, Σwᵢ.</summary>
    public double TotalWeight { get; }

    /// <summary>The European Standard Population 2013 (19 bands, 0–4 … 90+, total 100,000).</summary>
    public static StandardPopulation European2013 { get; } = new(
        "ESP 2013",
        ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"],
        [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000]);

    /// <summary>The name, e.g. <c>ESP 2013</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
