using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// Composite-index tables in COINr's layout (<em>Indikatorrahmen und Einheitendaten</em>): the <c>iMeta</c> framework and
/// <c>iData</c> unit data in, the aggregated index and the stage tables out. Comma-separated, invariant culture.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class CompositeCsv
{
    /// <summary>The columns of the framework (<c>iMeta</c>) with German headers.</summary>
    internal static IReadOnlyList<CsvColumn> FrameworkSchema { get; } =
    [
        new("iCode", "Code", true, "indikator_code"),
        new("Level", "Ebene", true),
        new("Parent", "übergeordnet", true, "eltern"),
        new("Direction", "Richtung", true),
        new("Weight", "Gewicht", true),
        new("Type", "Typ", true, "art"),
        new("iName", "Name", false, "bezeichnung"),
        new("Denominator", "Nenner", false),
        new("Target", "Zielwert", false, "ziel"),
    ];

    /// <summary>Reads the indicator framework in COINr's <c>iMeta</c> layout (columns <c>iCode</c>, <c>Level</c>, <c>Parent</c>,
    /// <c>Direction</c>, <c>Weight</c>, <c>Type</c>; optional <c>iName</c>, <c>Denominator</c>, <c>Target</c>; German headers
    /// see docs/data-format.md), through the one CSV path (encoding, delimiter and number format detected).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="problems">Receives every problem (file, line, field, value), warnings (unknown columns) and a note naming
    /// the encoding, delimiter and number format used; nothing is dropped.</param>
    /// <returns>The framework, or null when any error was found.</returns>
    /// <threadsafety>Stateless; thread-safe.</threadsafety>
    public static IndexFramework? ReadFramework(string path, ICollection<DataProblem> problems) => ReadFramework(path, null, problems);

    /// <summary>Reads the indicator framework (see <see cref="ReadFramework(string, ICollection{DataProblem})"/>) with the
    /// given encoding and number format.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="problems">Receives errors, warnings and the format note.</param>
    /// <returns>The framework, or null when any error was found.</returns>
    public static IndexFramework? ReadFramework(string path, CsvReadOptions? options, ICollection<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        var name = Path.GetFileName(path);
        var elements = new List<FrameworkElement>();
        var lines = new List<int>();
        if (!ReadTable(path, options, FrameworkSchema, null, problems, (input, col) =>
        {
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            while (input.Read())
            {
                if (!CsvHeader.CheckRowLength(input, shortIsError: false)) continue;
                string Field(string c) => input[col[c]];
                var code = Field("iCode");
                if (code.Length > 0 && !codes.TryAdd(code, input.Line))
                {
                    input.Error(col["iCode"], null, code, string.Create(CultureInfo.InvariantCulture, $"code appears more than once (first on line {codes[code]})."));
                    continue;
                }
                var typeText = Field("Type");
                if (!Enum.TryParse<FrameworkElementType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(typeText, out _))
                {
                    input.Error(col["Type"], null, typeText, "is not Indicator, Aggregate, Group or Denominator.");
                    continue;
                }
                var isTree = type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate;
                long level = 0;
                long direction = 1;
                var weight = 1.0;
                var ok = true;
                if (isTree)
                {
                    ok &= input.TryInteger(col["Level"], out level);
                    if (type == FrameworkElementType.Indicator) ok &= input.TryInteger(col["Direction"], out direction);
                    ok &= input.TryNumber(col["Weight"], out weight);
                }
                ok &= input.TryOptionalNumber(col["Target"], out var target);
                if (!ok) continue;
                if (level is < int.MinValue or > int.MaxValue || direction is < int.MinValue or > int.MaxValue)
                {
                    input.Error(col["Level"], null, Field("Level"), "out of range.");
                    continue;
                }
                try
                {
                    elements.Add(new FrameworkElement(code, type, (int)level, Field("Parent"), (int)direction, weight,
                        col.Has("iName") ? Field("iName") : null, Field("Denominator"), target ?? double.NaN));
                    lines.Add(input.Line);
                }
                catch (ArgumentException e)
                {
                    input.Error(col["iCode"], null, code, DataFolderTables.Clean(e));
                }
            }
        })) return null;
        // A parent whose children all weigh 0 would aggregate to nothing (NaN or an arbitrary 0) without a word.
        var zero = elements.Select((e, i) => (e, Line: lines[i]))
            .Where(x => x.e.Type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate && !string.IsNullOrEmpty(x.e.Parent))
            .GroupBy(x => x.e.Parent!, StringComparer.Ordinal).Where(g => g.All(x => x.e.Weight == 0)).ToArray();
        foreach (var g in zero)
            problems.Add(new DataProblem(name, g.First().Line, 0, "Weight", "0",
                $"every child of '{g.Key}' ({string.Join(", ", g.Select(x => x.e.Code))}) has weight 0: the weights cannot be normalised; give at least one a positive weight."));
        if (zero.Length > 0) return null;
        try
        {
            return new IndexFramework(elements);
        }
        catch (ArgumentException e)
        {
            problems.Add(new DataProblem(name, null, null, DataFolderTables.Clean(e)));
            return null;
        }
    }

    /// <summary>Reads unit data in COINr's <c>iData</c> layout: a <c>uCode</c> column (unique, 1 to 64 characters), one column
    /// per indicator of <paramref name="framework"/>, the denominator columns when <paramref name="denominate"/>, and the
    /// group column when <paramref name="group"/> is given. An empty cell is a missing value (NaN inside the table); other
    /// columns are a warning and ignored.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="framework">The framework whose indicators are read.</param>
    /// <param name="denominate">Whether the denominator columns are read.</param>
    /// <param name="group">The imputation group column, or null.</param>
    /// <param name="problems">Receives every problem (file, line, field, value), warnings and the format note.</param>
    /// <returns>The data, or null when any error was found.</returns>
    /// <threadsafety>Stateless; thread-safe.</threadsafety>
    public static CompositeData? ReadData(string path, IndexFramework framework, bool denominate, string? group, ICollection<DataProblem> problems) =>
        ReadData(path, framework, denominate, group, null, problems);

    /// <summary>Reads unit data (see <see cref="ReadData(string, IndexFramework, bool, string?, ICollection{DataProblem})"/>)
    /// with the given encoding and number format.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="framework">The framework whose indicators are read.</param>
    /// <param name="denominate">Whether the denominator columns are read.</param>
    /// <param name="group">The imputation group column, or null.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="problems">Receives errors, warnings and the format note.</param>
    /// <returns>The data, or null when any error was found.</returns>
    public static CompositeData? ReadData(string path, IndexFramework framework, bool denominate, string? group, CsvReadOptions? options, ICollection<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(problems);
        var name = Path.GetFileName(path);
        var denomCodes = denominate ? framework.Elements.Where(e => e.Denominator is not null).Select(e => e.Denominator!).Distinct().ToArray() : [];
        var needed = new List<string>();
        needed.AddRange(framework.Indicators);
        needed.AddRange(denomCodes);
        if (group is not null) needed.Add(group);
        // The data columns are named by the framework (codes match exactly); uCode through the schema.
        var schema = new List<CsvColumn> { new("uCode", "Einheit", true, "einheit_code", "raum_id") };
        schema.AddRange(needed.Distinct(StringComparer.Ordinal).Select(c => new CsvColumn(c, c, true)));
        var units = new List<SpaceId>();
        var ind = framework.Indicators.Select(_ => new List<double>()).ToArray();
        var den = denomCodes.Select(_ => new List<double>()).ToArray();
        var labels = new List<string?>();
        if (!ReadTable(path, options, schema, framework.Contains, problems, (input, col) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var indCols = framework.Indicators.Select(c => col[c]).ToArray();
            var denCols = denomCodes.Select(c => col[c]).ToArray();
            while (input.Read())
            {
                if (!CsvHeader.CheckRowLength(input, shortIsError: true)) continue;
                var code = input[col["uCode"]];
                if (code.Length == 0 || code.Length > 64) input.Error(col["uCode"], null, code, "is not a valid unit code (1 to 64 characters).");
                else if (!seen.Add(code)) input.Error(col["uCode"], null, code, "appears more than once.");
                else
                {
                    try { units.Add(new SpaceId(code)); }
                    catch (ArgumentException e) { input.Error(col["uCode"], null, code, DataFolderTables.Clean(e)); }
                }
                for (var k = 0; k < ind.Length; k++) ind[k].Add(Number(input, indCols[k]));
                for (var k = 0; k < den.Length; k++) den[k].Add(Number(input, denCols[k]));
                if (group is not null)
                {
                    var l = input[col[group]];
                    labels.Add(l.Length == 0 ? null : l);
                }
            }
            if (input.ErrorCount == 0 && units.Count == 0) input.Error(-1, null, null, "no data rows.");
            if (input.ErrorCount > 0) return;
            // Nothing dropped in silence: a column or a unit without any value.
            for (var k = 0; k < ind.Length; k++)
                if (ind[k].TrueForAll(double.IsNaN))
                    problems.Add(new DataProblem(input.Source, 0, indCols[k] + 1, framework.Indicators[k], "",
                        "every value of this indicator is missing: it drops out of every aggregate (weights are renormalised over the others).") { Severity = ProblemSeverity.Warning });
            for (var i = 0; i < units.Count; i++)
                if (ind.All(l => double.IsNaN(l[i])))
                    problems.Add(new DataProblem(input.Source, 0, col["uCode"] + 1, "uCode", units[i].Value,
                        "every indicator of this unit is missing: its index values are empty.") { Severity = ProblemSeverity.Warning });
        })) return null;
        var table = new IndicatorTable(units, framework.Indicators, ind.Select(l => l.ToArray()).ToArray());
        var denTable = denomCodes.Length == 0 ? null : new IndicatorTable(units, denomCodes, den.Select(l => l.ToArray()).ToArray());
        var groups = group is null ? null : new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal) { [group] = labels };
        _ = name;
        return new CompositeData(table, denTable, groups);

        static double Number(CsvInput input, int col)
        {
            if (!input.TryOptionalNumber(col, out var v)) return double.NaN;
            if (v is { } x && PlausibleRange.CheckMagnitude(x) is { } problem) { input.Error(col, null, input[col], problem); return double.NaN; }
            return v ?? double.NaN;
        }
    }

    /// <summary>Opens a table through the one CSV path, binds its header and runs <paramref name="rows"/>; every problem,
    /// warning and the format note go to <paramref name="problems"/>. Returns whether no error was found.</summary>
    private static bool ReadTable(string path, CsvReadOptions? options, IReadOnlyList<CsvColumn> schema, Func<string, bool>? alsoKnown,
        ICollection<DataProblem> problems, Action<CsvInput, CsvHeader> rows)
    {
        try
        {
            using var input = CsvInput.Open(path, options);
            var header = CsvHeader.Bind(input, schema, alsoKnown);
            if (input.ErrorCount == 0) rows(input, header);
            foreach (var p in input.Problems) problems.Add(p);
            problems.Add(input.FormatNote);
            return input.ErrorCount == 0;
        }
        catch (DataProblemException e)
        {
            foreach (var p in e.Problems) problems.Add(p);
            return false;
        }
    }

    /// <summary>Writes the aggregated index: <c>uCode</c>, one column per aggregate, <c>rank</c> (invariant culture, round-trip
    /// doubles, empty cell for a missing value).</summary>
    /// <param name="result">The pipeline result.</param>
    /// <param name="w">The writer.</param>
    public static void Write(CompositeResult result, TextWriter w)
    {
        var aggs = result.Framework.Aggregates;
        w.Write("uCode");
        foreach (var a in aggs) w.Write("," + a);
        w.Write(",rank\n");
        var table = result.Aggregated;
        var cols = aggs.Select(a => table.IndexOf(a)).ToArray();
        for (var i = 0; i < table.UnitCount; i++)
        {
            w.Write(Quote(table.Units[i].Value));
            foreach (var j in cols)
            {
                var v = table[i, j];
                w.Write(',');
                w.Write(Text.Invariant.Number(v)); // NaN: an empty cell
            }
            w.Write(',');
            var r = result.Ranks[i];
            w.Write(Text.Invariant.Number(r));
            w.Write('\n');
        }
    }

    /// <summary>Every stage of the pipeline as CSV files (<c>raw.csv</c> … <c>aggregated.csv</c>, <c>treatment_log.csv</c>) in
    /// COINr's column layout, for comparison with COINr's stage tables.</summary>
    /// <param name="result">The pipeline result.</param>
    /// <returns>File names and texts.</returns>
    public static (string Name, string Content)[] Stages(CompositeResult result)
    {
        var files = new List<(string Name, string Content)>();
        void Table(string name, IndicatorTable t)
        {
            var w = new StringWriter(CultureInfo.InvariantCulture);
            w.Write("uCode");
            foreach (var c in t.Codes) w.Write("," + c);
            w.Write('\n');
            for (var i = 0; i < t.UnitCount; i++)
            {
                w.Write(Quote(t.Units[i].Value));
                for (var j = 0; j < t.IndicatorCount; j++)
                {
                    w.Write(',');
                    w.Write(Num(t[i, j]));
                }
                w.Write('\n');
            }
            files.Add((name, w.ToString()));
        }
        Table("raw.csv", result.Raw);
        Table("denominated.csv", result.Denominated);
        Table("imputed.csv", result.Imputed);
        Table("screened.csv", result.Screened);
        Table("treated.csv", result.Treated);
        Table("normalised.csv", result.Normalised);
        Table("aggregated.csv", result.Aggregated);
        var log = new StringWriter(CultureInfo.InvariantCulture);
        log.Write("iCode,outcome,skew_before,kurtosis_before,passed_initial_test,winsorised_points_total,winsorised_high,winsorised_low,skew_after_winsorisation,kurtosis_after_winsorisation,passed_after_winsorisation,log_transform_applied,passed_after_log,skew_final,kurtosis_final\n");
        foreach (var r in result.Treatment?.Records ?? [])
        {
            log.Write(string.Join(',', Quote(r.Code), r.Outcome.ToString(), Num(r.SkewBefore), Num(r.KurtosisBefore), Bool(r.PassedInitially),
                r.WinsorisedPointsTotal.ToString(CultureInfo.InvariantCulture), r.WinsorisedHigh.ToString(CultureInfo.InvariantCulture), r.WinsorisedLow.ToString(CultureInfo.InvariantCulture),
                Num(r.SkewAfterWinsorisation), Num(r.KurtosisAfterWinsorisation), Bool(r.PassedAfterWinsorisation), Bool(r.LogTransformApplied), Bool(r.PassedAfterLog),
                Num(r.SkewFinal), Num(r.KurtosisFinal)));
            log.Write('\n');
        }
        files.Add(("treatment_log.csv", log.ToString()));
        return [.. files];

        static string Num(double v) => Text.Invariant.Number(v);
        static string Bool(bool? b) => b is null ? "" : b.Value ? "TRUE" : "FALSE";
    }

    private static string Quote(string s) => Text.Csv.Field(s);
}
