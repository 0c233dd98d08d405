using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Access;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Arrow;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren access --demand FILE --supply FILE (--costs FILE | --coordinates planar|wgs84) --method M [options] [--out FILE]</c>:
/// accessibility measures, Huff redistribution and capacity-constrained allocation from CSV files.
/// </summary>
internal static class AccessCommand
{
    private static readonly string[] Methods =
        ["2sfca", "e2sfca", "3sfca", "m2sfca", "bfca", "availability", "hansen", "cumulative", "closest", "balancing", "huff", "allocation"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var demand = new Option<FileInfo>("--demand") { Description = "Demand CSV: id,demand (+ x,y or lat,lon with --coordinates).", Required = true };
        var supply = new Option<FileInfo>("--supply") { Description = "Supply CSV: id,capacity (+ x,y or lat,lon with --coordinates).", Required = true };
        var costs = new Option<FileInfo?>("--costs") { Description = "Costs CSV: origin,destination,cost (origin = demand id, destination = supply id; a missing pair is unreachable)." };
        var coordinates = new Option<string?>("--coordinates") { Description = "Compute costs from coordinates: planar (x,y in km, Euclidean) or wgs84 (lat,lon in degrees, great-circle, R = 6371.0088 km)." };
        coordinates.AcceptOnlyFromAmong("planar", "wgs84");
        var method = new Option<string>("--method") { Description = "Measure: " + string.Join(", ", Methods) + ".", Required = true };
        method.AcceptOnlyFromAmong(Methods);
        var radius = new Option<double?>("--radius") { Description = "Inclusive catchment radius (cost ≤ R); also the cutoff of cumulative. Default: no radius, every pair in the input." };
        var decay = new Option<string>("--decay") { Description = "binary | gaussian:SIGMA | exponential:BETA | linear:C | power:BETA | logistic:C:SD | steps:U1=W1,U2=W2,... (default binary).", DefaultValueFactory = _ => "binary" };
        var bandEdges = new Option<string>("--band-edges") { Description = "Step band edges: right (cost in (U(k-1), Uk] gets Wk) or left (cost in [U(k-1), Uk) gets Wk). Default right.", DefaultValueFactory = _ => "right" };
        bandEdges.AcceptOnlyFromAmong("right", "left");
        var selection = new Option<string>("--selection") { Description = "3SFCA selection weights normalised within the catchment or over all pairs in the cost input (default catchment).", DefaultValueFactory = _ => "catchment" };
        selection.AcceptOnlyFromAmong("catchment", "all");
        var alpha = new Option<double>("--alpha") { Description = "Spatial availability: demand exponent; Huff: attractiveness exponent (default 1).", DefaultValueFactory = _ => 1.0 };
        var beta = new Option<double>("--beta") { Description = "Huff distance exponent: weight cost^-beta (default 2).", DefaultValueFactory = _ => 2.0 };
        var increment = new Option<double>("--increment") { Description = "Balancing cost grid increment (default 1).", DefaultValueFactory = _ => 1.0 };
        var n = new Option<double>("--n") { Description = "closest: capacity units to reach (default 1).", DefaultValueFactory = _ => 1.0 };
        var noAccess = new Option<string>("--no-access") { Description = "Value for zones without access: nan (empty cell) or zero (default nan).", DefaultValueFactory = _ => "nan" };
        noAccess.AcceptOnlyFromAmong("nan", "zero");
        var normalise = new Option<bool>("--normalise") { Description = "Divide by the population-weighted mean." };
        var detour = new Option<double>("--detour") { Description = "Detour factor applied to coordinate distances (default 1).", DefaultValueFactory = _ => 1.0 };
        var speed = new Option<double?>("--speed") { Description = "Speed in km/h: coordinate costs in minutes instead of km." };
        var minCost = new Option<double>("--min-cost") { Description = "Huff: costs below C count as C (default 1).", DefaultValueFactory = _ => 1.0 };
        var summary = CliSummary.CreateOption();
        var output = new Option<FileInfo?>("--out") { Description = "Output file: CSV, or an Arrow IPC (Feather v2) file when it ends in .arrow or .feather (id,value measures only; default: CSV on standard output)." };

        var command = new Command("access", "Erreichbarkeit, Huff-Umverteilung und kapazitätsbeschränkte Zuordnung / accessibility measures, Huff redistribution and capacity-constrained allocation.");
        foreach (Option o in new Option[] { demand, supply, costs, coordinates, method, radius, decay, bandEdges, selection, alpha, beta, increment, n, noAccess, normalise, detour, speed, minCost, output, summary })
            command.Options.Add(o);
        CliCsv.AddOptions(command);

        command.SetAction(parse =>
        {
            try
            {
                var costFile = parse.GetValue(costs);
                var coords = parse.GetValue(coordinates);
                if ((costFile is null) == (coords is null))
                    return Usage(stderr, "give either --costs FILE or --coordinates planar|wgs84.");
                bool detourGiven = parse.GetResult(detour) is { Implicit: false };
                bool speedGiven = parse.GetValue(speed) is not null;
                if (costFile is not null && (detourGiven || speedGiven))
                    return Usage(stderr, "--detour and --speed apply only with --coordinates.");
                string m = parse.GetValue(method)!;
                var outFile = parse.GetValue(output);
                bool arrow = outFile is not null && ArrowTables.IsArrowPath(outFile.FullName);
                if (arrow && m is "huff" or "allocation")
                    return Usage(stderr, $"--out {outFile!.Name}: Arrow output is written for the id,value measures; {m} writes three columns, use a .csv file.");
                var edges = parse.GetValue(bandEdges) == "left" ? BandEdges.Left : BandEdges.Right;
                string decayText = parse.GetValue(decay)!;
                if (!DecaySpec.TryParse(decayText, edges, out var decayFunction, out var decayError))
                    return Usage(stderr, $"--decay '{decayText}': {decayError}");
                if (m == "e2sfca" && decayText.Split(':')[0].Trim() != "steps")
                    return Usage(stderr, "e2sfca needs stepped weights, e.g. --decay steps:10=1,20=0.68,30=0.22 (Luo & Qi 2009).");
                double r = parse.GetValue(radius) ?? double.PositiveInfinity;
                if (double.IsNaN(r) || r < 0) return Usage(stderr, $"--radius must be ≥ 0, was {Fmt(r)}.");

                var system = coords == "wgs84" ? CoordinateSystem.Wgs84 : CoordinateSystem.Planar;
                var (xName, yName) = coords == "wgs84" ? ("lat", "lon") : ("x", "y");
                var csv = CliCsv.Options(parse);
                var notes = new List<DataProblem>();
                var zones = AccessCsv.ReadPoints(parse.GetValue(demand)!.FullName, "demand", coords is not null, xName, yName, csv, notes);
                var sites = AccessCsv.ReadPoints(parse.GetValue(supply)!.FullName, "capacity", coords is not null, xName, yName, csv, notes);

                TravelCosts travel;
                if (costFile is not null)
                {
                    travel = AccessCsv.ReadCosts(costFile.FullName, zones.Ids, sites.Ids, csv, notes);
                }
                else
                {
                    double? sp = parse.GetValue(speed);
                    // 3SFCA with --selection all normalises over every pair, also beyond the radius: compute them all.
                    double buildRadius = m == "3sfca" && parse.GetValue(selection) == "all" ? double.PositiveInfinity : r;
                    travel = TravelCosts.FromCoordinates(zones.Ids, zones.X, zones.Y, sites.Ids, sites.X, sites.Y, system, buildRadius, parse.GetValue(detour), sp);
                }

                CliCsv.PrintNotes(notes, stderr);
                var opts = new AccessOptions(r, parse.GetValue(noAccess) == "zero" ? NoAccessPolicy.Zero : NoAccessPolicy.NaN, parse.GetValue(normalise));
                using var writer = OpenOutput(parse.GetValue(output), stdout);
                switch (m)
                {
                    case "huff":
                    {
                        var h = HuffModel.Redistribute(travel, zones.Values, sites.Values, parse.GetValue(alpha), parse.GetValue(beta), parse.GetValue(minCost), r);
                        writer.Writer.WriteLine("id,expected,overload");
                        for (int j = 0; j < travel.SiteCount; j++)
                            writer.Writer.WriteLine($"{Csv(travel.SiteIds[j])},{Fmt(h.Expected[j])},{Fmt(h.Overload[j])}");
                        break;
                    }
                    case "allocation":
                    {
                        var a = CapacityAllocation.Allocate(travel, zones.Values, sites.Values, r);
                        writer.Writer.WriteLine("id,served,unmet");
                        for (int i = 0; i < travel.ZoneCount; i++)
                            writer.Writer.WriteLine($"{Csv(travel.ZoneIds[i])},{Fmt(a.Served[i])},{Fmt(a.Unmet[i])}");
                        break;
                    }
                    default:
                    {
                        var result = m switch
                        {
                            "2sfca" => Accessibility.TwoStep(travel, zones.Values, sites.Values, decayFunction, opts),
                            "e2sfca" => Accessibility.EnhancedTwoStep(travel, zones.Values, sites.Values, decayFunction, opts),
                            "3sfca" => Accessibility.ThreeStep(travel, zones.Values, sites.Values, decayFunction,
                                parse.GetValue(selection) == "all" ? SelectionScope.AllSites : SelectionScope.Catchment, opts),
                            "m2sfca" => Accessibility.ModifiedTwoStep(travel, zones.Values, sites.Values, decayFunction, opts),
                            "bfca" => Accessibility.Balanced(travel, zones.Values, sites.Values, decayFunction, opts),
                            "availability" => Accessibility.SpatialAvailability(travel, zones.Values, sites.Values, decayFunction, parse.GetValue(alpha), opts),
                            "hansen" => Accessibility.Hansen(travel, sites.Values, decayFunction, opts, zones.Values),
                            "cumulative" => Accessibility.Cumulative(travel, sites.Values, r, opts, zones.Values),
                            "closest" => Accessibility.CostToClosest(travel, sites.Values, parse.GetValue(n), opts, zones.Values),
                            "balancing" => Accessibility.BalancingCost(travel, zones.Values, sites.Values, parse.GetValue(increment), opts),
                            _ => throw new InvalidOperationException("unknown method " + m),
                        };
                        if (arrow)
                            return CliOutput.WriteBinaryFile(parse, outFile!.FullName, [parse.GetValue(demand)?.FullName, parse.GetValue(supply)?.FullName, costFile?.FullName], stderr,
                                (path, inputs, force) => ArrowTables.WriteValuesFile(path, inputs, force, travel.ZoneIds, result.Values))
                                ?? CliSummary.Write(parse, summary, "access", travel.ZoneCount, notes, [parse.GetValue(demand)?.FullName, parse.GetValue(supply)?.FullName, costFile?.FullName, outFile.FullName], stderr) ?? CliApp.Ok;
                        // One pooled buffer of formatted rows, written in large blocks straight to the file or standard output.
                        if (outFile is null)
                        {
                            AccessCsv.WriteValues(writer.Writer, travel.ZoneIds, result.Values);
                            break;
                        }
                        return CliOutput.WriteFile(parse, outFile.FullName, [parse.GetValue(demand)?.FullName, parse.GetValue(supply)?.FullName, costFile?.FullName], stderr,
                            w => AccessCsv.WriteValues(w, travel.ZoneIds, result.Values))
                            ?? CliSummary.Write(parse, summary, "access", travel.ZoneCount, notes, [parse.GetValue(demand)?.FullName, parse.GetValue(supply)?.FullName, costFile?.FullName, outFile.FullName], stderr) ?? CliApp.Ok;
                    }
                }
                var inputFiles = new[] { parse.GetValue(demand)?.FullName, parse.GetValue(supply)?.FullName, costFile?.FullName };
                if (writer.Commit(parse, inputFiles, stderr) is var code && code != CliApp.Ok) return code;
                return CliSummary.Write(parse, summary, "access", m == "huff" ? travel.SiteCount : travel.ZoneCount, notes, [.. inputFiles, outFile?.FullName], stderr) ?? CliApp.Ok;
            }
            catch (DataProblemException ex)
            {
                CliData.PrintProblems(ex.Problems, stderr);
                return CliApp.InvalidInput;
            }
            catch (ArgumentException ex)
            {
                // Validation inside the library (values out of range, invalid parameters).
                stderr.WriteLine("Fehler / error: " + ex.Message);
                return CliApp.InvalidInput;
            }
            catch (IOException ex)
            {
                stderr.WriteLine("Fehler / error: " + ex.Message);
                return CliApp.InvalidInput;
            }
        });
        return command;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine("Fehler / error: " + message);
        stderr.WriteLine("Hilfe / help: sozialindikatoren access --help");
        return CliApp.UsageError;
    }

    private static string Fmt(double v) => Text.Invariant.Number(v);

    private static string Csv(string s) => Text.Csv.Field(s);

    /// <summary>Standard output, or a buffer that reaches the file only on success (through <see cref="CliOutput"/>: no empty or partial file after a failure).</summary>
    private sealed class OutputTarget(TextWriter writer, FileInfo? file) : IDisposable
    {
        public TextWriter Writer { get; } = writer;

        public int Commit(ParseResult parse, IEnumerable<string?> inputs, TextWriter stderr) =>
            file is null ? CliApp.Ok : CliOutput.WriteFile(parse, file.FullName, inputs, stderr, w => w.Write(Writer.ToString())) ?? CliApp.Ok;

        public void Dispose() => Writer.Flush();
    }

    private static OutputTarget OpenOutput(FileInfo? file, TextWriter stdout) =>
        file is null ? new OutputTarget(stdout, null) : new OutputTarget(new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" }, file);
}
