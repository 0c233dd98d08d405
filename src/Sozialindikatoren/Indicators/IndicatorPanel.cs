using System.Globalization;
using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Indicators;

/// <summary>
/// Indicator values for spaces × indicators × periods (<em>Indikatorenpanel</em>, <em>Zeitreihe je Sozialraum</em>),
/// stored columnar: one contiguous block of values and one of statuses per (indicator, period).
/// </summary>
/// <remarks>
/// <para><b>Periods</b> are reference dates (<em>Stichtage</em>) as <see cref="LocalDate"/>, sorted ascending; yearly
/// data use 31 December (the convention of <see cref="IndicatorRecord"/>). Time spans between periods are measured in
/// years by <see cref="IndicatorChange.YearsBetween"/> (whole months / 12 plus remaining days / 365.2425).</para>
/// <para><b>Missing values.</b> Every cell carries a <see cref="ValueStatus"/>; a cell never set is
/// <see cref="ValueStatus.Missing"/>. <see cref="Values(int, int)"/> returns NaN exactly where the status carries no
/// number (suppressed, not applicable, missing …); read <see cref="Statuses(int, int)"/> alongside.</para>
/// <para>Layout: cell (space s, indicator i, period p) at ((i·P) + p)·S + s.</para>
/// </remarks>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class IndicatorPanel
{
    private readonly SpaceId[] _spaces;
    private readonly string[] _indicators;
    private readonly LocalDate[] _periods;
    private readonly double[] _values;
    private readonly ValueStatus[] _status;
    private readonly Dictionary<SpaceId, int> _spaceIndex;
    private readonly Dictionary<string, int> _indicatorIndex;
    private readonly Dictionary<LocalDate, int> _periodIndex;
    private readonly Dictionary<string, IndicatorDefinition> _definitions;

    internal IndicatorPanel(SpaceId[] spaces, string[] indicators, LocalDate[] periods, double[] values, ValueStatus[] status,
        IReadOnlyDictionary<string, IndicatorDefinition> definitions)
    {
        _spaces = spaces;
        _indicators = indicators;
        _periods = periods;
        _values = values;
        _status = status;
        _spaceIndex = spaces.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i);
        _indicatorIndex = indicators.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i, StringComparer.Ordinal);
        _periodIndex = periods.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i);
        _definitions = new Dictionary<string, IndicatorDefinition>(definitions, StringComparer.Ordinal);
    }

    /// <summary>Spaces in row order.</summary>
    public IReadOnlyList<SpaceId> Spaces => _spaces;

    /// <summary>Indicator ids.</summary>
    public IReadOnlyList<string> Indicators => _indicators;

    /// <summary>Periods (reference dates), ascending.</summary>
    public IReadOnlyList<LocalDate> Periods => _periods;

    /// <summary>The latest period.</summary>
    public LocalDate LatestPeriod => _periods[^1];

    /// <summary>Index of a space, or −1.</summary>
    /// <param name="space">The space.</param>
    /// <returns>The index.</returns>
    public int IndexOfSpace(SpaceId space) => _spaceIndex.TryGetValue(space, out var i) ? i : -1;

    /// <summary>Index of an indicator, or −1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    public int IndexOfIndicator(string id) => _indicatorIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Index of a period, or −1.</summary>
    /// <param name="period">The reference date.</param>
    /// <returns>The index.</returns>
    public int IndexOfPeriod(LocalDate period) => _periodIndex.TryGetValue(period, out var i) ? i : -1;

    /// <summary>Whether the panel holds an indicator.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether present.</returns>
    public bool HasIndicator(string id) => _indicatorIndex.ContainsKey(id);

    /// <summary>The definition of an indicator, when the panel knows one (from its catalogue).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The definition or null.</returns>
    public IndicatorDefinition? Definition(string id) => _definitions.TryGetValue(id, out var d) ? d : null;

    /// <summary>Values of all spaces for one indicator and period (NaN where the status has no number).</summary>
    /// <param name="indicator">Indicator index.</param>
    /// <param name="period">Period index.</param>
    /// <returns>A read-only view of length <c>Spaces.Count</c>.</returns>
    public ReadOnlySpan<double> Values(int indicator, int period) => _values.AsSpan(Offset(indicator, period), _spaces.Length);

    /// <summary>Statuses of all spaces for one indicator and period.</summary>
    /// <param name="indicator">Indicator index.</param>
    /// <param name="period">Period index.</param>
    /// <returns>A read-only view of length <c>Spaces.Count</c>.</returns>
    public ReadOnlySpan<ValueStatus> Statuses(int indicator, int period) => _status.AsSpan(Offset(indicator, period), _spaces.Length);

    /// <summary>One cell.</summary>
    /// <param name="space">Space index.</param>
    /// <param name="indicator">Indicator index.</param>
    /// <param name="period">Period index.</param>
    /// <returns>The observation.</returns>
    public Observation Get(int space, int indicator, int period)
    {
        var k = Offset(indicator, period) + space;
        return new Observation(_values[k], _status[k]);
    }

    /// <summary>One cell by keys.</summary>
    /// <param name="space">The space.</param>
    /// <param name="id">The indicator id.</param>
    /// <param name="period">The reference date.</param>
    /// <exception cref="KeyNotFoundException">A key is unknown.</exception>
    public Observation this[SpaceId space, string id, LocalDate period] =>
        Get(Require(_spaceIndex, space, "space"), Require(_indicatorIndex, id, "indicator"), Require(_periodIndex, period, "period"));

    private static int Require<T>(Dictionary<T, int> map, T key, string name) where T : notnull =>
        map.TryGetValue(key, out var i) ? i : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"{name}: '{key}' is not in the panel."));

    private int Offset(int indicator, int period) => ((indicator * _periods.Length) + period) * _spaces.Length;

    /// <summary>
    /// Builds a panel from raw records (<see cref="IndicatorRecord"/>): a record with a denominator becomes the rate
    /// numerator / denominator × the catalogue scale of its indicator (scale 1 for ids not in the catalogue), with
    /// status propagation (<see cref="Observation.Rate"/>: a suppressed count stays suppressed, a zero
    /// denominator gives not applicable); a record without a denominator is taken as it is.
    /// </summary>
    /// <param name="records">The records; at most one per (space, indicator, date).</param>
    /// <param name="catalogue">Definitions for scales and polarity (default <see cref="IndicatorCatalogue.Standard"/>).</param>
    /// <returns>The panel with spaces, indicators and periods in first-seen, first-seen and ascending order.</returns>
    /// <exception cref="ArgumentException">A duplicate record (the message names space, indicator and date).</exception>
    public static IndicatorPanel FromRecords(IEnumerable<IndicatorRecord> records, IndicatorCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        catalogue ??= IndicatorCatalogue.Standard;
        var b = new IndicatorPanelBuilder(catalogue);
        foreach (var r in records)
        {
            var scale = catalogue.TryGet(r.IndicatorId, out var def) ? def.Scale : 1;
            var value = r.Denominator is { } den ? Observation.Rate(r.Numerator, den, scale) : r.Numerator;
            b.Set(r.Space, r.IndicatorId, r.Date, value);
        }
        return b.Build();
    }

    /// <summary>
    /// Computes an indicator from two count indicators of the panel (<em>Berechnung aus Rohzahlen</em>):
    /// value = numerator / denominator × <see cref="IndicatorDefinition.Scale"/>, per space and period, with status
    /// propagation (zero denominator → not applicable).
    /// </summary>
    /// <param name="definition">The new indicator (its id must not be in the panel yet).</param>
    /// <param name="numeratorId">Id of the count indicator in the numerator.</param>
    /// <param name="denominatorId">Id of the reference population indicator.</param>
    /// <returns>A new panel with the indicator appended.</returns>
    /// <exception cref="ArgumentException">The id exists or an input indicator is missing.</exception>
    public IndicatorPanel WithRate(IndicatorDefinition definition, string numeratorId, string denominatorId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (HasIndicator(definition.Id)) throw new ArgumentException($"definition: indicator '{definition.Id}' is already in the panel.", nameof(definition));
        var ni = IndexOfIndicator(numeratorId);
        var di = IndexOfIndicator(denominatorId);
        if (ni < 0) throw new ArgumentException($"numeratorId: indicator '{numeratorId}' is not in the panel.", nameof(numeratorId));
        if (di < 0) throw new ArgumentException($"denominatorId: indicator '{denominatorId}' is not in the panel.", nameof(denominatorId));
        var s = _spaces.Length;
        var block = _periods.Length * s;
        var values = new double[_values.Length + block];
        var status = new ValueStatus[_status.Length + block];
        Array.Copy(_values, values, _values.Length);
        Array.Copy(_status, status, _status.Length);
        for (var p = 0; p < _periods.Length; p++)
        {
            for (var sp = 0; sp < s; sp++)
            {
                var r = Observation.Rate(Get(sp, ni, p), Get(sp, di, p), definition.Scale);
                var k = _values.Length + p * s + sp;
                values[k] = r.Value;
                status[k] = r.Status;
            }
        }
        var defs = new Dictionary<string, IndicatorDefinition>(_definitions, StringComparer.Ordinal) { [definition.Id] = definition };
        return new IndicatorPanel(_spaces, [.. _indicators, definition.Id], _periods, values, status, defs);
    }

    /// <summary>Dimensions, e.g. <c>IndicatorPanel 11 spaces × 4 indicators × 3 periods</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"IndicatorPanel {_spaces.Length} spaces × {_indicators.Length} indicators × {_periods.Length} periods");
}
