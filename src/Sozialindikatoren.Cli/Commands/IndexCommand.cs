using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;

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
        var summary = CliSummary.CreateOption();
        var denominate = new Option<bool>("--denominate") { Description = "Divide indicators by the denominator column named in the meta file's Denominator column." };
        var impute = new Option<string>("--impute") { Description = "none | mean | median | groupmean:COL | groupmedian:COL (COL = a Group column of the meta file).", DefaultValueFactory = _ => "none" };
        var screen = new Option<double?>("--screen-threshold") { Description = "Keep a unit when its share of non-missing indicators is at least F (0..1); default: no screening." };
        var treat = new Option<string>("--treat") { Description = "none | default (skew 2 / kurtosis 3.5, winsorise up to 5 points, else ln(x - min + 0.01*(max - min)) of the untreated column).", DefaultValueFactory = _ => "none" };
        var normalise = new Option<string>("--normalise") { Description = "minmax:L:U | zscore[:M:SD] (sample SD) | scaled:L:U | rank | prank ((rank-1)/(n-1), ties lowest) | borda (rank-1) | dist2max | dist2ref:UNIT[:cap] | dist2targ[:cap] (meta Target) | fracmax | goalposts:L:U[:SCALE] | none.", DefaultValueFactory = _ => "minmax:0:100" };
        var weights = new Option<string>("--weights") { Description = "meta | equal | pca (PC1 of each group's children, oriented to a positive sum, negative loadings set to 0).", DefaultValueFactory = _ => "meta" };
        var aggregate = new Option<string>("--aggregate") { Description = "amean | gmean | hmean | median | copeland | genmean:P (weights renormalised over available children; gmean/hmean give 0 when a child is 0).", DefaultValueFactory = _ => "amean" };
        var stages = new Option<DirectoryInfo?>("--stages") { Description = "Also write every stage to this folder (raw, denominated, imputed, screened, treated, normalised, aggregated .csv and treatment_log.csv; COINr's stage layout, units in input order)." };
        var command = new Command("index", "Berechnet einen zusammengesetzten Index (COINr-Layout) / computes a composite index from data and meta CSV files (COINr layout; Direction +1 = higher is better). Output: uCode, one column per aggregate (level by level from the lowest, meta order), rank of the top aggregate (1 = highest).");
        foreach (var o in new Option[] { data, meta, output, denominate, impute, screen, treat, normalise, weights, aggregate, stages, summary }) command.Options.Add(o);
        CliCsv.AddOptions(command);
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
            var problems = new List<DataProblem>();
            var csv = CliCsv.Options(parse);
            var framework = CompositeCsv.ReadFramework(metaFile.FullName, csv, problems);
            if (framework is null)
            {
                CliData.PrintProblems(problems, stderr);
                return CliApp.InvalidInput;
            }
            if (options.ImputationGroup is { } g && (!framework.Contains(g) || framework[g].Type != FrameworkElementType.Group))
            {
                stderr.WriteLine($"Fehler / error: --impute: '{g}' is not a Group row of {metaFile.Name}.");
                return CliApp.UsageError;
            }
            var input = CompositeCsv.ReadData(dataFile.FullName, framework, options.Denominate, options.ImputationGroup, csv, problems);
            if (input is null)
            {
                CliData.PrintProblems(problems, stderr);
                return CliApp.InvalidInput;
            }
            CliCsv.PrintNotes(problems, stderr);
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
            if (parse.GetValue(stages) is { } dir && CliOutput.WriteFolder(parse, dir.FullName, [dataFile.FullName, metaFile.FullName], stderr, CompositeCsv.Stages(result)) is { } refused) return refused;
            var outFile = parse.GetValue(output);
            if (outFile is null)
            {
                CompositeCsv.Write(result, stdout);
            }
            else if (CliOutput.WriteFile(parse, outFile.FullName, [dataFile.FullName, metaFile.FullName], stderr, w => CompositeCsv.Write(result, w)) is { } failed)
            {
                return failed;
            }
            return CliSummary.Write(parse, summary, "index", result.Aggregated.UnitCount, problems, [dataFile.FullName, metaFile.FullName, outFile?.FullName], stderr) ?? CliApp.Ok;
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
}
