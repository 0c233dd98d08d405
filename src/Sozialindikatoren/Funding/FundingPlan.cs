using NodaTime;

namespace Sozialindikatoren.Funding;

/// <summary>
/// The funding plan of an offering (<em>Finanzierungsplan</em>): all its funding lines, with queries at a date.
/// </summary>
/// <remarks>An empty plan is allowed (an offering without recorded funding); its category is
/// <see cref="FundingCategory.NotClassifiable"/>.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FundingPlan
{
    private readonly FundingLine[] _lines;

    /// <summary>Creates a plan.</summary>
    /// <param name="lines">The lines.</param>
    public FundingPlan(IEnumerable<FundingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines = lines.ToArray();
        foreach (var l in _lines) ArgumentNullException.ThrowIfNull(l, nameof(lines));
    }

    /// <summary>An empty plan.</summary>
    public static FundingPlan Empty { get; } = new([]);

    /// <summary>All lines.</summary>
    public IReadOnlyList<FundingLine> Lines => _lines;

    /// <summary>The lines active at a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The active lines.</returns>
    public IReadOnlyList<FundingLine> ActiveAt(LocalDate date) => _lines.Where(l => l.IsActiveAt(date)).ToArray();

    /// <summary>The annual budget at a date: sum of active lines, EUR per year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>EUR per year.</returns>
    public decimal TotalAt(LocalDate date)
    {
        decimal sum = 0;
        foreach (var l in _lines) if (l.IsActiveAt(date)) sum += l.AmountPerYear;
        return sum;
    }

    /// <summary>The share of the budget per source at a date (shares of active lines; empty when no line is active).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Source → share in [0, 1], sources in enum order.</returns>
    public IReadOnlyDictionary<FundingSource, decimal> ShareBySource(LocalDate date)
    {
        var total = TotalAt(date);
        var result = new SortedDictionary<FundingSource, decimal>();
        if (total == 0) return result;
        foreach (var l in _lines)
        {
            if (!l.IsActiveAt(date)) continue;
            result[l.Source] = (result.TryGetValue(l.Source, out var s) ? s : 0) + l.AmountPerYear / total;
        }
        return result;
    }

    /// <summary>The own share at a date: lines whose source is own funds or donations, whatever their instrument, over the budget.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The share in [0, 1], or null when no line is active.</returns>
    public decimal? OwnShareAt(LocalDate date)
    {
        var total = TotalAt(date);
        if (total == 0) return null;
        decimal own = 0;
        foreach (var l in _lines) if (l.IsActiveAt(date) && l.Source.IsOwnShare()) own += l.AmountPerYear;
        return own / total;
    }

    /// <summary>The active lines whose period ends within <paramref name="months"/> months of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="months">Months, ≥ 0.</param>
    /// <returns>The lines.</returns>
    public IReadOnlyList<FundingLine> EndingWithin(LocalDate date, int months) => _lines.Where(l => l.EndsWithin(date, months)).ToArray();

    /// <summary>A plan with every amount multiplied by a positive factor.</summary>
    /// <param name="factor">The factor, &gt; 0.</param>
    /// <returns>The scaled plan.</returns>
    public FundingPlan Scale(decimal factor)
    {
        if (factor <= 0) throw new ArgumentOutOfRangeException(nameof(factor), factor, "factor: must be > 0.");
        return new FundingPlan(_lines.Select(l => l.WithAmount(l.AmountPerYear * factor)));
    }
}
