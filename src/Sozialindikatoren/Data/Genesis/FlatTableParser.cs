using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>The GENESIS flat-file CSV (<em>ffcsv</em>), 2024 and older layout (see <see cref="OfficialTableReader"/>).</summary>
internal sealed class FlatTableParser
{
    private static readonly HashSet<string> AreaVariableCodes = new(StringComparer.OrdinalIgnoreCase) { "DINSG", "DLAND", "REGBEZ", "KREISE", "GEMEIN", "GEMVB" };

    private readonly string _source;
    private readonly List<DataProblem> _problems = [];
    private readonly DecimalSeparatorCheck _separators;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    private FlatTableParser(string source)
    {
        _source = source;
        _separators = new DecimalSeparatorCheck(source);
    }

    private sealed record Measure(int ValueColumn, int QualityColumn, string Code, string Label, string Unit);

    private readonly record struct Dimension(int Code, int AttributeCode, int AttributeLabel);

    private readonly record struct Pending(string Key, string Name, int Indentation, TablePeriod Period, string Parts, int Measure, Observation Observation, int Line, int Column);

    /// <summary>Parses the records of <paramref name="csv"/> (delimiter <c>;</c>).</summary>
    public static OfficialTable Parse(CsvTokenizer csv, string source, string encoding) => new FlatTableParser(source).Run(csv, encoding);

    private OfficialTable Run(CsvTokenizer csv, string encoding)
    {
        if (!csv.Read()) throw Structural(0, 0, null, "empty file");
        var headerLine = csv.Line;
        var header = new string[csv.FieldCount];
        for (var i = 0; i < header.Length; i++) header[i] = csv[i].Trim().Trim('"').ToString();
        int Find(string name) => Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

        var isNew = Find("value") >= 0;
        var time = isNew ? Find("time") : Find("Zeit");
        if (time < 0) throw Structural(headerLine, 0, null, isNew ? "no 'time' column" : "no 'Zeit' column (older flat layout) and no 'value' column (2024 layout)");
        var statCode = Math.Max(Find("statistics_code"), Find("Statistik_Code"));
        var statLabel = Math.Max(Find("statistics_label"), Find("Statistik_Label"));

        var dimensions = new List<Dimension>();
        for (var k = 1; k < 100; k++)
        {
            var prefix = k.ToString(CultureInfo.InvariantCulture) + "_";
            var code = isNew ? Find(prefix + "variable_code") : Find(prefix + "Merkmal_Code");
            var attrCode = isNew ? Find(prefix + "variable_attribute_code") : Find(prefix + "Auspraegung_Code");
            var attrLabel = isNew ? Find(prefix + "variable_attribute_label") : Find(prefix + "Auspraegung_Label");
            if (code < 0 && attrCode < 0) break;
            if (code < 0 || attrCode < 0 || attrLabel < 0)
                throw Structural(headerLine, 0, null, $"dimension {k.ToString(CultureInfo.InvariantCulture)} lacks its code, attribute code or attribute label column");
            dimensions.Add(new Dimension(code, attrCode, attrLabel));
        }

        var measures = new List<Measure>();
        int valueCode = -1, valueLabel = -1, valueUnit = -1;
        if (isNew)
        {
            measures.Add(new Measure(Find("value"), Find("value_q"), "", "", ""));
            valueCode = Find("value_variable_code");
            valueLabel = Find("value_variable_label");
            valueUnit = Find("value_unit");
        }
        else
        {
            for (var i = 0; i < header.Length; i++)
            {
                var h = header[i];
                var sep = h.IndexOf("__", StringComparison.Ordinal);
                if (sep <= 0 || h.EndsWith("__q", StringComparison.OrdinalIgnoreCase)) continue;
                var rest = h[(sep + 2)..];
                var last = rest.LastIndexOf("__", StringComparison.Ordinal);
                var label = last > 0 ? rest[..last] : rest;
                var unit = last > 0 ? rest[(last + 2)..] : "";
                var q = Find(h[..sep] + "__" + label + "__q");
                measures.Add(new Measure(i, q, h[..sep], label.Replace('_', ' ').Trim(), unit.Replace('_', ' ').Trim()));
            }
            if (measures.Count == 0) throw Structural(headerLine, 0, null, "no value column (CODE__Label__Unit)");
        }

        var measureIds = new List<(string Code, string Label, string Unit)>();
        var measureIndex = new Dictionary<(string, string, string), int>();
        if (!isNew)
        {
            foreach (var m in measures)
            {
                measureIndex[(m.Code, m.Label, m.Unit)] = measureIds.Count;
                measureIds.Add((m.Code, m.Label, m.Unit));
            }
        }

        var pending = new List<Pending>();
        string? statisticsCode = null, statisticsLabel = null;
        var parts = new List<string>();
        while (csv.Read())
        {
            if (OfficialTableReader.BlankFrom(csv, 0)) continue;
            var line = csv.Line;
            if (csv.FieldCount < header.Length)
            {
                _problems.Add(new DataProblem(_source, line, csv.FieldCount, null, null,
                    $"the row has {csv.FieldCount.ToString(CultureInfo.InvariantCulture)} cells but the header has {header.Length.ToString(CultureInfo.InvariantCulture)} (truncated row?)"));
                if (_problems.Count >= OfficialTableReader.MaxProblems) break;
                continue;
            }
            if (csv.FieldCount > header.Length && !OfficialTableReader.BlankFrom(csv, header.Length))
            {
                _problems.Add(new DataProblem(_source, line, header.Length + 1, null, null, "more cells than the header has columns"));
                if (_problems.Count >= OfficialTableReader.MaxProblems) break;
                continue;
            }
            if (statCode >= 0) statisticsCode ??= Intern(csv[statCode].Trim());
            if (statLabel >= 0) statisticsLabel ??= Intern(csv[statLabel].Trim());
            var timeText = csv[time].Trim();
            if (!TablePeriod.TryParse(timeText, out var period))
            {
                _problems.Add(new DataProblem(_source, line, time + 1, header[time], timeText.ToString(), "not a year (yyyy) or date (yyyy-mm-dd, dd.mm.yyyy)"));
                if (_problems.Count >= OfficialTableReader.MaxProblems) break;
                continue;
            }
            string? key = null, name = null;
            var indentation = 0;
            parts.Clear();
            foreach (var d in dimensions)
            {
                var code = csv[d.Code].Trim();
                if (key is null && IsAreaVariable(code))
                {
                    var k = csv[d.AttributeCode].Trim();
                    if (k.Length == 0) break;
                    key = Intern(k);
                    var rawName = csv[d.AttributeLabel];
                    indentation = OfficialTableReader.Indentation(rawName);
                    name = Intern(rawName.Trim());
                    continue;
                }
                var label = csv[d.AttributeLabel].Trim();
                if (label.Length > 0) parts.Add(Intern(label));
            }
            if (key is null || name is null)
            {
                _problems.Add(new DataProblem(_source, line, 0, null, null,
                    "no regional dimension with an area key (a k_variable_code such as DINSG, DLAND, REGBEZ, KREISE, GEMEIN, GEMVB or GEO…)"));
                if (_problems.Count >= OfficialTableReader.MaxProblems) break;
                continue;
            }
            var joined = Intern(string.Join(" | ", parts));
            foreach (var m in measures)
            {
                var measure = 0;
                if (isNew)
                {
                    var id = (valueCode >= 0 ? Intern(csv[valueCode].Trim()) : "", valueLabel >= 0 ? Intern(csv[valueLabel].Trim()) : "", valueUnit >= 0 ? Intern(csv[valueUnit].Trim()) : "");
                    if (!measureIndex.TryGetValue(id, out measure))
                    {
                        measure = measureIds.Count;
                        measureIndex[id] = measure;
                        measureIds.Add(id);
                    }
                }
                else
                {
                    measure = measureIndex[(m.Code, m.Label, m.Unit)];
                }
                var cell = csv[m.ValueColumn];
                if (!OfficialSymbols.TryParseCell(cell, out var observation, out var separator, out var error))
                {
                    _problems.Add(new DataProblem(_source, line, m.ValueColumn + 1, header[m.ValueColumn], cell.ToString(), error!));
                    if (_problems.Count >= OfficialTableReader.MaxProblems) break;
                    continue;
                }
                _separators.Record(separator, line, m.ValueColumn + 1, cell);
                if (m.QualityColumn >= 0 && !OfficialSymbols.TryApplyQuality(observation, csv[m.QualityColumn], out observation, out error))
                {
                    _problems.Add(new DataProblem(_source, line, m.QualityColumn + 1, header[m.QualityColumn], csv.GetString(m.QualityColumn) + " (value '" + cell.Trim().ToString() + "')", error!));
                    if (_problems.Count >= OfficialTableReader.MaxProblems) break;
                    continue;
                }
                pending.Add(new Pending(key, name, indentation, period, joined, measure, observation, line, m.ValueColumn + 1));
            }
            if (_problems.Count >= OfficialTableReader.MaxProblems) break;
        }
        _separators.AddProblem(_problems);
        if (_problems.Count > 0) throw new DataProblemException(_problems);

        var measureNames = MeasureNames(measureIds);
        var cells = new OfficialTableCell[pending.Count];
        var variables = new Dictionary<(int, string), string>();
        for (var i = 0; i < cells.Length; i++)
        {
            var p = pending[i];
            if (!variables.TryGetValue((p.Measure, p.Parts), out var variable))
            {
                variable = measureIds.Count > 1
                    ? (p.Parts.Length > 0 ? measureNames[p.Measure] + " | " + p.Parts : measureNames[p.Measure])
                    : (p.Parts.Length > 0 ? p.Parts : measureNames.Length > 0 ? measureNames[0] : "");
                variables[(p.Measure, p.Parts)] = variable;
            }
            cells[i] = new OfficialTableCell(p.Key, p.Name, p.Indentation, p.Period, variable, p.Observation, p.Line, p.Column);
        }
        string? measureText = measureIds.Count == 1 ? WithUnit(measureIds[0].Label, measureIds[0].Unit) : null;
        var tableCode = CodeFromName(_source) ?? statisticsCode;
        var metadata = new OfficialTableMetadata(OfficialTableFormat.Flat, encoding, string.IsNullOrEmpty(tableCode) ? null : tableCode,
            string.IsNullOrEmpty(statisticsLabel) ? null : statisticsLabel, measureText, null, null, null, null, [], []);
        return new OfficialTable(metadata, cells, cells.Length);
    }

    private static string? WithUnit(string label, string unit) =>
        label.Length == 0 ? (unit.Length == 0 ? null : unit) : unit.Length == 0 ? label : $"{label} ({unit})";

    /// <summary>Short distinct names for the measures: the label, else label and unit, else code, label and unit.</summary>
    private static string[] MeasureNames(List<(string Code, string Label, string Unit)> ids)
    {
        var byLabel = ids.Select(i => i.Label).ToArray();
        if (byLabel.Distinct(StringComparer.Ordinal).Count() == ids.Count) return byLabel;
        var withUnit = ids.Select(i => WithUnit(i.Label, i.Unit) ?? "").ToArray();
        if (withUnit.Distinct(StringComparer.Ordinal).Count() == ids.Count) return withUnit;
        return [.. ids.Select(i => $"{i.Code} {WithUnit(i.Label, i.Unit)}".Trim())];
    }

    private static bool IsAreaVariable(ReadOnlySpan<char> code)
    {
        if (code.StartsWith("GEO", StringComparison.OrdinalIgnoreCase)) return true;
        var lookup = AreaVariableCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(code);
    }

    private static string? CodeFromName(string source)
    {
        var start = Math.Max(source.LastIndexOfAny(['/', '\\', '!']) + 1, 0);
        var file = source[start..];
        var end = file.IndexOf('_', StringComparison.Ordinal);
        if (end <= 0) return null;
        var stem = file[..end];
        return stem.Length >= 5 && stem.All(c => char.IsAsciiDigit(c) || c == '-') && char.IsAsciiDigit(stem[0]) ? stem : null;
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var s)) return s;
        s = text.ToString();
        _strings[s] = s;
        return s;
    }

    private string Intern(string text) => Intern(text.AsSpan());

    private DataProblemException Structural(int line, int column, string? value, string message) =>
        new(new DataProblem(_source, line, column, null, value, message));
}
