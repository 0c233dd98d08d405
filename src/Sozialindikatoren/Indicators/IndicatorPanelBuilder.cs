using System.Globalization;
using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Indicators;

/// <summary>Collects cells and builds an <see cref="IndicatorPanel"/> (cells never set are <see cref="ValueStatus.Missing"/>).</summary>
/// <threadsafety>Not thread-safe (mutable builder); the built panel is immutable.</threadsafety>
public sealed class IndicatorPanelBuilder
{
    private readonly IndicatorCatalogue _catalogue;
    private readonly List<SpaceId> _spaces = [];
    private readonly List<string> _indicators = [];
    private readonly SortedSet<LocalDate> _periods = [];
    private readonly Dictionary<(SpaceId, string, LocalDate), Observation> _cells = [];
    private readonly Dictionary<string, IndicatorDefinition> _extra = new(StringComparer.Ordinal);

    /// <summary>Creates a builder.</summary>
    /// <param name="catalogue">Definitions attached to the panel (default <see cref="IndicatorCatalogue.Standard"/>).</param>
    public IndicatorPanelBuilder(IndicatorCatalogue? catalogue = null) => _catalogue = catalogue ?? IndicatorCatalogue.Standard;

    /// <summary>Adds a definition not in the catalogue (or replaces one) for this panel.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>This builder.</returns>
    public IndicatorPanelBuilder Define(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _extra[definition.Id] = definition;
        return this;
    }

    /// <summary>Declares a space (fixes its row position even if it has no values).</summary>
    /// <param name="space">The space.</param>
    /// <returns>This builder.</returns>
    public IndicatorPanelBuilder AddSpace(SpaceId space)
    {
        if (!_spaces.Contains(space)) _spaces.Add(space);
        return this;
    }

    /// <summary>Sets one cell.</summary>
    /// <param name="space">The space.</param>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="period">The reference date.</param>
    /// <param name="value">The observation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The cell was already set.</exception>
    public IndicatorPanelBuilder Set(SpaceId space, string indicatorId, LocalDate period, Observation value)
    {
        if (string.IsNullOrEmpty(space.Value)) throw new ArgumentException("space: must be set.", nameof(space));
        if (string.IsNullOrWhiteSpace(indicatorId)) throw new ArgumentException("indicatorId: must not be empty.", nameof(indicatorId));
        if (!_cells.TryAdd((space, indicatorId, period), value))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"cell: space '{space}', indicator '{indicatorId}', period {period:yyyy-MM-dd} is set twice."), nameof(space));
        AddSpace(space);
        if (!_indicators.Contains(indicatorId)) _indicators.Add(indicatorId);
        _periods.Add(period);
        return this;
    }

    /// <summary>Builds the panel.</summary>
    /// <returns>The panel.</returns>
    /// <exception cref="InvalidOperationException">No cell was set.</exception>
    public IndicatorPanel Build()
    {
        if (_spaces.Count == 0 || _indicators.Count == 0) throw new InvalidOperationException("panel: no cells were set.");
        var spaces = _spaces.ToArray();
        var indicators = _indicators.ToArray();
        var periods = _periods.ToArray();
        var n = spaces.Length * indicators.Length * periods.Length;
        var values = new double[n];
        var status = new ValueStatus[n];
        Array.Fill(values, double.NaN);
        Array.Fill(status, ValueStatus.Missing);
        var si = spaces.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i);
        var ii = indicators.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i, StringComparer.Ordinal);
        var pi = periods.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i);
        foreach (var ((s, id, p), o) in _cells)
        {
            var k = ((ii[id] * periods.Length) + pi[p]) * spaces.Length + si[s];
            values[k] = o.Value;
            status[k] = o.Status;
        }
        var defs = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var id in indicators)
        {
            if (_extra.TryGetValue(id, out var d) || _catalogue.TryGet(id, out d)) defs[id] = d;
        }
        return new IndicatorPanel(spaces, indicators, periods, values, status, defs);
    }
}
