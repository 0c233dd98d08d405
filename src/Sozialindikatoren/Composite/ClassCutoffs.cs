using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Cut-offs of the status and dynamics classes on standardised need indices (<em>Klassengrenzen</em>).
/// </summary>
/// <remarks>
/// Status: class 1 for z &lt; s₁, 2 for s₁ ≤ z ≤ s₂, 3 for s₂ &lt; z ≤ s₃, 4 for z &gt; s₃. Dynamics: positive for
/// z &lt; d₁, stable for d₁ ≤ z ≤ d₂, negative for z &gt; d₂. Defaults s = (−1, 1, 1.5), d = (−1, 1): the values
/// commonly quoted for the Berlin MSS (±1 SD, +1.5 SD); they could not be verified from the MSS method chapter, so
/// check them against the county's own method (composite-and-rates.md §f).
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ClassCutoffs
{
    /// <summary>Creates cut-offs.</summary>
    /// <param name="status1">s₁ (upper edge of class 1, open).</param>
    /// <param name="status2">s₂ (upper edge of class 2, closed), ≥ s₁.</param>
    /// <param name="status3">s₃ (upper edge of class 3, closed), ≥ s₂.</param>
    /// <param name="dynamicsLower">d₁ (upper edge of positive, open).</param>
    /// <param name="dynamicsUpper">d₂ (upper edge of stable, closed), ≥ d₁.</param>
    /// <exception cref="ArgumentException">Not finite or not ascending.</exception>
    public ClassCutoffs(double status1 = -1, double status2 = 1, double status3 = 1.5, double dynamicsLower = -1, double dynamicsUpper = 1)
    {
        double[] all = [status1, status2, status3, dynamicsLower, dynamicsUpper];
        if (all.Any(v => !double.IsFinite(v)) || status2 < status1 || status3 < status2 || dynamicsUpper < dynamicsLower)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"cutoffs: must be finite and ascending, were status ({status1}, {status2}, {status3}), dynamics ({dynamicsLower}, {dynamicsUpper})."), nameof(status1));
        Status1 = status1;
        Status2 = status2;
        Status3 = status3;
        DynamicsLower = dynamicsLower;
        DynamicsUpper = dynamicsUpper;
    }

    /// <summary>The defaults (−1, 1, 1.5; −1, 1).</summary>
    public static ClassCutoffs Default { get; } = new();

    /// <summary>s₁.</summary>
    public double Status1 { get; }

    /// <summary>s₂.</summary>
    public double Status2 { get; }

    /// <summary>s₃.</summary>
    public double Status3 { get; }

    /// <summary>d₁.</summary>
    public double DynamicsLower { get; }

    /// <summary>d₂.</summary>
    public double DynamicsUpper { get; }
}
