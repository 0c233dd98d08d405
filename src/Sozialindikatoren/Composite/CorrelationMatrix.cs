using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>Correlation coefficients.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment correlation.</summary>
    Pearson = 0,
    /// <summary>Spearman's rank correlation (Pearson on ranks with average ties).</summary>
    Spearman = 1,
}

/// <summary>A correlation matrix with its codes.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CorrelationMatrix
{
    private readonly double[,] _r;

    internal CorrelationMatrix(string[] codes, double[,] r, CorrelationMethod method)
    {
        Codes = codes;
        _r = r;
        Method = method;
    }

    /// <summary>The codes (rows = columns).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The method.</summary>
    public CorrelationMethod Method { get; }

    /// <summary>r between two codes by position (NaN with fewer than 3 pairs or no variation).</summary>
    /// <param name="a">Row.</param>
    /// <param name="b">Column.</param>
    public double this[int a, int b] => _r[a, b];

    /// <summary>r between two codes.</summary>
    /// <param name="a">First code.</param>
    /// <param name="b">Second code.</param>
    public double this[string a, string b] => _r[IndexOf(a), IndexOf(b)];

    private int IndexOf(string code)
    {
        for (var i = 0; i < Codes.Count; i++) if (string.Equals(Codes[i], code, StringComparison.Ordinal)) return i;
        throw new KeyNotFoundException($"code: '{code}' is not in the matrix.");
    }
}
