using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Cuts;

/// <summary>The cut of one funding line by a scenario (<em>Kürzung einer Finanzierungsposition</em>).</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct LineCut : IEquatable<LineCut>
{
    /// <summary>Creates a line cut.</summary>
    /// <param name="scenarioLine">Index of the scenario line that cut it, −1 for none.</param>
    /// <param name="amountPerYear">The cut in EUR per year, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative amount or index below −1.</exception>
    public LineCut(int scenarioLine, decimal amountPerYear)
    {
        if (scenarioLine < -1) throw new ArgumentOutOfRangeException(nameof(scenarioLine), scenarioLine, "line cut scenarioLine: must be >= -1.");
        if (amountPerYear < 0) throw new ArgumentOutOfRangeException(nameof(amountPerYear), amountPerYear, "line cut amountPerYear: must be >= 0.");
        ScenarioLine = scenarioLine;
        AmountPerYear = amountPerYear;
    }

    /// <summary>Index of the scenario line that cut it, −1 for none.</summary>
    public int ScenarioLine { get; }

    /// <summary>The cut in EUR per year.</summary>
    public decimal AmountPerYear { get; }

    /// <inheritdoc />
    public bool Equals(LineCut other) => ScenarioLine == other.ScenarioLine && AmountPerYear == other.AmountPerYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LineCut c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ScenarioLine, AmountPerYear);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(LineCut left, LineCut right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(LineCut left, LineCut right) => !left.Equals(right);
}
