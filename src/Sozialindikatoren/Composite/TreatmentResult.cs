using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>The treated table and one record per indicator.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class TreatmentResult
{
    internal TreatmentResult(IndicatorTable table, TreatmentRecord[] records)
    {
        Table = table;
        Records = records;
    }

    /// <summary>The treated table.</summary>
    public IndicatorTable Table { get; }

    /// <summary>One record per indicator, in column order.</summary>
    public IReadOnlyList<TreatmentRecord> Records { get; }

    /// <summary>The record of an indicator.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The record.</returns>
    public TreatmentRecord this[string code] => Records.First(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
