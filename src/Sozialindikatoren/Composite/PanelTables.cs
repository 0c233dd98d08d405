using NodaTime;
using Sozialindikatoren.Indicators;

namespace Sozialindikatoren.Composite;

/// <summary>Bridges <see cref="IndicatorPanel"/> (Indicators) to <see cref="IndicatorTable"/> (the composite pipeline).</summary>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class PanelTables
{
    /// <summary>
    /// One period of a panel as a composite-index data table (units × indicators): cells whose status carries no
    /// number (suppressed, not applicable, missing …) become missing (NaN in the table).
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="period">The reference date.</param>
    /// <param name="ids">Indicators to include (default: all).</param>
    /// <returns>The table.</returns>
    /// <exception cref="KeyNotFoundException">The period or an id is unknown.</exception>
    public static IndicatorTable ToTable(this IndicatorPanel panel, LocalDate period, IReadOnlyList<string>? ids = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var p = panel.IndexOfPeriod(period);
        if (p < 0) throw new KeyNotFoundException($"period: {period:yyyy-MM-dd} is not in the panel.");
        ids ??= panel.Indicators;
        var cols = new double[ids.Count][];
        for (var j = 0; j < ids.Count; j++)
        {
            var i = panel.IndexOfIndicator(ids[j]);
            if (i < 0) throw new KeyNotFoundException($"ids: indicator '{ids[j]}' is not in the panel.");
            cols[j] = panel.Values(i, p).ToArray();
        }
        return IndicatorTable.Wrap(panel.Spaces.ToArray(), ids.ToArray(), cols);
    }
}
