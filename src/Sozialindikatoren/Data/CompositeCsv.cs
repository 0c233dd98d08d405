using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Spaces;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// Composite-index tables in COINr's layout (<em>Indikatorrahmen und Einheitendaten</em>): the <c>iMeta</c> framework and
/// <c>iData</c> unit data in, the aggregated index and the stage tables out. Comma-separated, invariant culture.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class CompositeCsv
{
    /// <summary>Reads the indicator framework in COINr's <c>iMeta</c> layout (columns <c>iCode</c>, <c>Level</c>, <c>Parent</c>,
    /// <c>Direction</c>, <c>Weight</c>, <c>Type</c>; optional <c>iName</c>, <c>Denominator</c>, <c>Target</c>), comma-separated,
    /// invariant numbers.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="problems">Receives every problem (file, line, field, value); nothing is dropped.</param>
    /// <returns>The framework, or null when any problem was found.</returns>
    /// <threadsafety>Stateless; thread-safe.</threadsafety>
    public static IndexFramework? ReadFramework(string path, ICollection<DataProblem> problems)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) { problems.Add(new DataProblem(name, null, null, "file not found.")); return null; }
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var required = new[] { "iCode", "Level", "Parent", "Direction", "Weight", "Type" };
        var ord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++) ord[reader.GetName(i)] = i;
        var missing = required.Where(r => !ord.ContainsKey(r)).ToArray();
        if (missing.Length > 0) { problems.Add(new DataProblem(name, 1, 0, null, null, $"missing column(s) {string.Join(", ", missing)}.")); return null; }
        var elements = new List<FrameworkElement>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            string Field(string name) => ord.TryGetValue(name, out var o) ? reader.GetString(o).Trim() : "";
            var code = Field("iCode");
            var typeText = Field("Type");
            if (!Enum.TryParse<FrameworkElementType>(typeText, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                problems.Add(new DataProblem(name, line, 0, "Type", typeText, $"is not Indicator, Aggregate, Group or Denominator."));
                continue;
            }
            var isTree = type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate;
            var level = 0;
            var direction = 1;
            var weight = 1.0;
            if (isTree)
            {
                if (!int.TryParse(Field("Level"), NumberStyles.Integer, CultureInfo.InvariantCulture, out level))
                    problems.Add(new DataProblem(name, line, 0, "Level", Field("Level"), $"is not an integer."));
                var dirText = Field("Direction");
                if (type == FrameworkElementType.Indicator && !int.TryParse(dirText, NumberStyles.Integer, CultureInfo.InvariantCulture, out direction))
                    problems.Add(new DataProblem(name, line, 0, "Direction", dirText, $"is not +1 or -1."));
                if (!double.TryParse(Field("Weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
                    problems.Add(new DataProblem(name, line, 0, "Weight", Field("Weight"), $"is not a number."));
            }
            var targetText = Field("Target");
            var target = double.NaN;
            if (targetText.Length > 0 && !double.TryParse(targetText, NumberStyles.Float, CultureInfo.InvariantCulture, out target))
                problems.Add(new DataProblem(name, line, 0, "Target", targetText, $"is not a number."));
            try
            {
                elements.Add(new FrameworkElement(code, type, level, Field("Parent"), direction, weight,
                    ord.ContainsKey("iName") ? Field("iName") : null, Field("Denominator"), target));
            }
            catch (ArgumentException e)
            {
                problems.Add(new DataProblem(name, line, 0, null, null, e.Message));
            }
        }
        if (problems.Count > 0) return null;
        try
        {
            return new IndexFramework(elements);
        }
        catch (ArgumentException e)
        {
            problems.Add(new DataProblem(name, null, null, e.Message));
            return null;
        }
    }

    /// <summary>Reads unit data in COINr's <c>iData</c> layout: a <c>uCode</c> column (unique, 1 to 64 characters), one column
    /// per indicator of <paramref name="framework"/>, the denominator columns when <paramref name="denominate"/>, and the
    /// group column when <paramref name="group"/> is given. An empty cell is a missing value (NaN inside the table).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="framework">The framework whose indicators are read.</param>
    /// <param name="denominate">Whether the denominator columns are read.</param>
    /// <param name="group">The imputation group column, or null.</param>
    /// <param name="problems">Receives every problem (file, line, field, value); nothing is dropped.</param>
    /// <returns>The data, or null when any problem was found.</returns>
    /// <threadsafety>Stateless; thread-safe.</threadsafety>
    public static CompositeData? ReadData(string path, IndexFramework framework, bool denominate, string? group, ICollection<DataProblem> problems)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) { problems.Add(new DataProblem(name, null, null, "file not found.")); return null; }
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var ord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++) ord[reader.GetName(i)] = i;
        var denomCodes = denominate ? framework.Elements.Where(e => e.Denominator is not null).Select(e => e.Denominator!).Distinct().ToArray() : [];
        var needed = new List<string> { "uCode" };
        needed.AddRange(framework.Indicators);
        needed.AddRange(denomCodes);
        if (group is not null) needed.Add(group);
        var missing = needed.Where(n => !ord.ContainsKey(n)).ToArray();
        if (missing.Length > 0) { problems.Add(new DataProblem(name, 1, 0, null, null, $"missing column(s) {string.Join(", ", missing)}.")); return null; }
        var units = new List<SpaceId>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ind = framework.Indicators.Select(_ => new List<double>()).ToArray();
        var den = denomCodes.Select(_ => new List<double>()).ToArray();
        var labels = new List<string?>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            var code = reader.GetString(ord["uCode"]).Trim();
            if (code.Length == 0 || code.Length > 64) problems.Add(new DataProblem(name, line, 0, "uCode", code, $"is not a valid unit code (1 to 64 characters)."));
            else if (!seen.Add(code)) problems.Add(new DataProblem(name, line, 0, "uCode", code, $"appears more than once."));
            else units.Add(new SpaceId(code));
            for (var k = 0; k < ind.Length; k++) ind[k].Add(Number(framework.Indicators[k]));
            for (var k = 0; k < den.Length; k++) den[k].Add(Number(denomCodes[k]));
            if (group is not null)
            {
                var l = reader.GetString(ord[group]).Trim();
                labels.Add(l.Length == 0 ? null : l);
            }
        }
        if (problems.Count > 0) return null;
        if (units.Count == 0) { problems.Add(new DataProblem(name, null, null, "no data rows.")); return null; }
        var table = new IndicatorTable(units, framework.Indicators, ind.Select(l => l.ToArray()).ToArray());
        var denTable = denomCodes.Length == 0 ? null : new IndicatorTable(units, denomCodes, den.Select(l => l.ToArray()).ToArray());
        var groups = group is null ? null : new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal) { [group] = labels };
        return new CompositeData(table, denTable, groups);

        double Number(string column)
        {
            var text = reader.GetString(ord[column]).Trim();
            if (text.Length == 0) return double.NaN;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            problems.Add(new DataProblem(name, line, 0, column, text, "is not a finite number (use an empty cell for missing)."));
            return double.NaN;
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
                if (!double.IsNaN(v)) w.Write(v.ToString("R", CultureInfo.InvariantCulture));
            }
            w.Write(',');
            var r = result.Ranks[i];
            if (!double.IsNaN(r)) w.Write(r.ToString("R", CultureInfo.InvariantCulture));
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

        static string Num(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
        static string Bool(bool? b) => b is null ? "" : b.Value ? "TRUE" : "FALSE";
    }

    private static string Quote(string s) => Text.Csv.Field(s);
}
