using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Spaces;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren index --data FILE --meta FILE [options] [--out FILE]</c>: a composite index in COINr's
/// data/meta layout. Steps run in the order denominate → impute → screen → treat → normalise → aggregate.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<FileInfo>("--data") { Description = "CSV, eine Zeile je Einheit / one row per unit: column uCode plus the columns the meta file names; other columns are ignored; empty cell = missing.", Required = true };
        var meta = new Option<FileInfo>("--meta") { Description = "CSV with iCode, Level, Parent, Direction (+1 = higher is better), Weight, Type (Indicator, Aggregate, Group, Denominator); optional iName, Target, Denominator.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Output CSV (default: standard output)." };
        var denominate = new Option<bool>("--denominate") { Description = "Divide indicators by the denominator column named in the meta file's Denominator column." };
        var impute = new Option<string>("--impute") { Description = "none | mean | median | groupmean:COL | groupmedian:COL (COL = a Group column of the meta file).", DefaultValueFactory = _ => "none" };
        var screen = new Option<double?>("--screen-threshold") { Description = "Keep a unit when its share of non-missing indicators is at least F (0..1); default: no screening." };
        var treat = new Option<string>("--treat") { Description = "none | default (skew 2 / kurtosis 3.5, winsorise up to 5 points, else ln(x - min + 0.01*(max - min)) of the untreated column).", DefaultValueFactory = _ => "none" };
        var normalise = new Option<string>("--normalise") { Description = "minmax:L:U | zscore[:M:SD] (sample SD) | scaled:L:U | rank | prank ((rank-1)/(n-1), ties lowest) | borda (rank-1) | dist2max | dist2ref:UNIT[:cap] | dist2targ[:cap] (meta Target) | fracmax | goalposts:L:U[:SCALE] | none.", DefaultValueFactory = _ => "minmax:0:100" };
        var weights = new Option<string>("--weights") { Description = "meta | equal | pca (PC1 of each group's children, oriented to a positive sum, negative loadings set to 0).", DefaultValueFactory = _ => "meta" };
        var aggregate = new Option<string>("--aggregate") { Description = "amean | gmean | hmean | median | copeland | genmean:P (weights renormalised over available children; gmean/hmean give 0 when a child is 0).", DefaultValueFactory = _ => "amean" };
        var stages = new Option<DirectoryInfo?>("--stages") { Description = "Also write every stage to this folder (raw, denominated, imputed, screened, treated, normalised, aggregated .csv and treatment_log.csv; COINr's stage layout, units in input order)." };
        var command = new Command("index", "Berechnet einen zusammengesetzten Index (COINr-Layout) / computes a composite index from data and meta CSV files (COINr layout; Direction +1 = higher is better). Output: uCode, one column per aggregate (level by level from the lowest, meta order), rank of the top aggregate (1 = highest).");
        foreach (var o in new Option[] { data, meta, output, denominate, impute, screen, treat, normalise, weights, aggregate, stages }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            CompositeOptions options;
            try
            {
                options = BuildOptions(parse.GetValue(denominate), parse.GetValue(impute)!, parse.GetValue(screen), parse.GetValue(treat)!,
                    parse.GetValue(normalise)!, parse.GetValue(weights)!, parse.GetValue(aggregate)!);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                stderr.WriteLine("Fehler / error: " + e.Message);
                return CliApp.UsageError;
            }
            var metaFile = parse.GetValue(meta)!;
            var dataFile = parse.GetValue(data)!;
            var problems = new List<string>();
            var framework = ReadMeta(metaFile, problems);
            if (framework is null)
            {
                foreach (var p in problems) stderr.WriteLine("Fehler / error: " + p);
                return CliApp.InvalidInput;
            }
            if (options.ImputationGroup is { } g && (!framework.Contains(g) || framework[g].Type != FrameworkElementType.Group))
            {
                stderr.WriteLine($"Fehler / error: --impute: '{g}' is not a Group row of {metaFile.Name}.");
                return CliApp.UsageError;
            }
            var input = ReadData(dataFile, framework, options.Denominate, options.ImputationGroup, problems);
            if (input is null)
            {
                foreach (var p in problems) stderr.WriteLine("Fehler / error: " + p);
                return CliApp.InvalidInput;
            }
            CompositeResult result;
            try
            {
                result = CompositePipeline.Run(input, framework, options);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"Fehler / error: {dataFile.Name}: {e.Message}");
                return CliApp.InvalidInput;
            }
            if (parse.GetValue(stages) is { } dir && CliOutput.WriteFolder(parse, dir.FullName, [dataFile.FullName, metaFile.FullName], stderr, Stages(result)) is { } refused) return refused;
            var outFile = parse.GetValue(output);
            if (outFile is null)
            {
                Write(result, stdout);
            }
            else if (CliOutput.WriteFile(parse, outFile.FullName, [dataFile.FullName, metaFile.FullName], stderr, w => Write(result, w)) is { } failed)
            {
                return failed;
            }
            return CliApp.Ok;
        });
        return command;
    }

    internal static CompositeOptions BuildOptions(bool denominate, string impute, double? screen, string treat, string normalise, string weights, string aggregate)
    {
        var (method, group) = impute.Split(':', 2) switch
        {
            ["none"] => (ImputationMethod.None, (string?)null),
            ["mean"] => (ImputationMethod.Mean, null),
            ["median"] => (ImputationMethod.Median, null),
            ["groupmean", var c] when c.Length > 0 => (ImputationMethod.GroupMean, c),
            ["groupmedian", var c] when c.Length > 0 => (ImputationMethod.GroupMedian, c),
            _ => throw new FormatException($"--impute: unknown value '{impute}'; use none, mean, median, groupmean:COL or groupmedian:COL."),
        };
        var treatment = treat switch
        {
            "none" => null,
            "default" => TreatmentOptions.Default,
            _ => throw new FormatException($"--treat: unknown value '{treat}'; use none or default."),
        };
        var weighting = weights switch
        {
            "meta" => WeightingMethod.Framework,
            "equal" => WeightingMethod.Equal,
            "pca" => WeightingMethod.Pca,
            _ => throw new FormatException($"--weights: unknown value '{weights}'; use meta, equal or pca."),
        };
        if (screen is { } s && !(s >= 0 && s <= 1)) throw new FormatException($"--screen-threshold: must be in [0, 1], was {s.ToString(CultureInfo.InvariantCulture)}.");
        Normaliser normaliser;
        Aggregator aggregator;
        try { normaliser = Normaliser.Parse(normalise); } catch (FormatException e) { throw new FormatException("--normalise: " + e.Message, e); }
        try { aggregator = Aggregator.Parse(aggregate); } catch (FormatException e) { throw new FormatException("--aggregate: " + e.Message, e); }
        return new CompositeOptions
        {
            Denominate = denominate,
            Imputation = method,
            ImputationGroup = group,
            ScreeningThreshold = screen,
            Treatment = treatment,
            Normaliser = normaliser,
            Weighting = weighting,
            Aggregator = aggregator,
        };
    }

    internal static IndexFramework? ReadMeta(FileInfo file, List<string> problems)
    {
        if (!file.Exists) { problems.Add($"{file.Name}: file not found."); return null; }
        using var reader = CsvDataReader.Create(file.FullName, new CsvDataReaderOptions { HasHeaders = true });
        var required = new[] { "iCode", "Level", "Parent", "Direction", "Weight", "Type" };
        var ord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++) ord[reader.GetName(i)] = i;
        var missing = required.Where(r => !ord.ContainsKey(r)).ToArray();
        if (missing.Length > 0) { problems.Add($"{file.Name}: line 1: missing column(s) {string.Join(", ", missing)}."); return null; }
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
                problems.Add($"{file.Name}: line {line}: field Type: '{typeText}' is not Indicator, Aggregate, Group or Denominator.");
                continue;
            }
            var isTree = type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate;
            var level = 0;
            var direction = 1;
            var weight = 1.0;
            if (isTree)
            {
                if (!int.TryParse(Field("Level"), NumberStyles.Integer, CultureInfo.InvariantCulture, out level))
                    problems.Add($"{file.Name}: line {line}: field Level: '{Field("Level")}' is not an integer.");
                var dirText = Field("Direction");
                if (type == FrameworkElementType.Indicator && !int.TryParse(dirText, NumberStyles.Integer, CultureInfo.InvariantCulture, out direction))
                    problems.Add($"{file.Name}: line {line}: field Direction: '{dirText}' is not +1 or -1.");
                if (!double.TryParse(Field("Weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
                    problems.Add($"{file.Name}: line {line}: field Weight: '{Field("Weight")}' is not a number.");
            }
            var targetText = Field("Target");
            var target = double.NaN;
            if (targetText.Length > 0 && !double.TryParse(targetText, NumberStyles.Float, CultureInfo.InvariantCulture, out target))
                problems.Add($"{file.Name}: line {line}: field Target: '{targetText}' is not a number.");
            try
            {
                elements.Add(new FrameworkElement(code, type, level, Field("Parent"), direction, weight,
                    ord.ContainsKey("iName") ? Field("iName") : null, Field("Denominator"), target));
            }
            catch (ArgumentException e)
            {
                problems.Add($"{file.Name}: line {line}: {e.Message}");
            }
        }
        if (problems.Count > 0) return null;
        try
        {
            return new IndexFramework(elements);
        }
        catch (ArgumentException e)
        {
            problems.Add($"{file.Name}: {e.Message}");
            return null;
        }
    }

    internal static CompositeData? ReadData(FileInfo file, IndexFramework framework, bool denominate, string? group, List<string> problems)
    {
        if (!file.Exists) { problems.Add($"{file.Name}: file not found."); return null; }
        using var reader = CsvDataReader.Create(file.FullName, new CsvDataReaderOptions { HasHeaders = true });
        var ord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++) ord[reader.GetName(i)] = i;
        var denomCodes = denominate ? framework.Elements.Where(e => e.Denominator is not null).Select(e => e.Denominator!).Distinct().ToArray() : [];
        var needed = new List<string> { "uCode" };
        needed.AddRange(framework.Indicators);
        needed.AddRange(denomCodes);
        if (group is not null) needed.Add(group);
        var missing = needed.Where(n => !ord.ContainsKey(n)).ToArray();
        if (missing.Length > 0) { problems.Add($"{file.Name}: line 1: missing column(s) {string.Join(", ", missing)}."); return null; }
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
            if (code.Length == 0 || code.Length > 64) problems.Add($"{file.Name}: line {line}: field uCode: '{code}' is not a valid unit code (1 to 64 characters).");
            else if (!seen.Add(code)) problems.Add($"{file.Name}: line {line}: field uCode: '{code}' appears more than once.");
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
        if (units.Count == 0) { problems.Add($"{file.Name}: no data rows."); return null; }
        var table = new IndicatorTable(units, framework.Indicators, ind.Select(l => l.ToArray()).ToArray());
        var denTable = denomCodes.Length == 0 ? null : new IndicatorTable(units, denomCodes, den.Select(l => l.ToArray()).ToArray());
        var groups = group is null ? null : new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal) { [group] = labels };
        return new CompositeData(table, denTable, groups);

        double Number(string column)
        {
            var text = reader.GetString(ord[column]).Trim();
            if (text.Length == 0) return double.NaN;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            problems.Add($"{file.Name}: line {line}: field {column}: '{text}' is not a finite number (use an empty cell for missing).");
            return double.NaN;
        }
    }

    internal static void Write(CompositeResult result, TextWriter w)
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

    internal static (string Name, string Content)[] Stages(CompositeResult result)
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

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal)
        ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
