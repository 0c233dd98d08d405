using System.Collections.ObjectModel;
using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>One additive relation of a table (<em>Summenbeziehung</em>): the total cell equals the sum of the part cells.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class AdditiveRelation
{
    private readonly int[] _parts;

    /// <summary>Creates a relation <c>total = Σ parts</c>.</summary>
    /// <param name="total">The index of the total cell, ≥ 0.</param>
    /// <param name="parts">The indices of the part cells: at least one, distinct, ≥ 0, not the total.</param>
    /// <exception cref="ArgumentException">No parts, a duplicated part, or the total among the parts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative index.</exception>
    public AdditiveRelation(int total, IReadOnlyList<int> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (total < 0) throw new ArgumentOutOfRangeException(nameof(total), total, "total: a cell index must be ≥ 0.");
        if (parts.Count == 0) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"parts: the relation of total {total} has no parts."), nameof(parts));
        var seen = new HashSet<int>();
        foreach (var p in parts)
        {
            if (p < 0) throw new ArgumentOutOfRangeException(nameof(parts), p, "parts: a cell index must be ≥ 0.");
            if (p == total) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"parts: cell {p} is the total of its own relation."), nameof(parts));
            if (!seen.Add(p)) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"parts: cell {p} appears twice in the relation of total {total}."), nameof(parts));
        }
        Total = total;
        _parts = parts.ToArray();
    }

    /// <summary>The index of the total cell.</summary>
    public int Total { get; }

    /// <summary>The indices of the part cells.</summary>
    public ReadOnlySpan<int> Parts => _parts;

    /// <summary>The number of cells in the relation (total + parts).</summary>
    public int Size => _parts.Length + 1;

    /// <summary>Text like <c>0 = 1 + 2 + 3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Total.ToString(CultureInfo.InvariantCulture) + " = " + string.Join(" + ", _parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
