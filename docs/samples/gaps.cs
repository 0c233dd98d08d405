#:project ../../src/Sozialindikatoren/Sozialindikatoren.csproj
#:property PublishAot=false

// Versorgungslücken: coverage per space × domain from planning norms, the ranked findings, and the evidence behind
// the top finding — the planning analysis stopped after the gaps, as the `gaps` command runs it (served-area supply).
// Run from the repository root: dotnet run docs/samples/gaps.cs
using System.Globalization;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Samples;
using Sozialindikatoren.Text;

var data = SiegenWittgenstein.Load();
var analysis = PlanningAnalysis.Run(data, new PlanningAnalysisOptions(asOf: SiegenWittgenstein.AsOf, stopAfter: AnalysisStage.Gaps));
var result = analysis.Gaps;
Console.WriteLine($"Versorgungslücken – {result.DataName}, Stand {result.AsOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}: "
    + $"{result.Rows.Count} Zeilen (Sozialraum × Richtwert), {result.Findings.Count} Befunde");
Console.WriteLine($"Richtwerte: {result.Norms.Norms.Count} (davon Annahmen: {result.Norms.Norms.Count(n => n.IsAssumption)})");
Console.WriteLine();

// The ten highest-ranked findings, one line each.
Console.WriteLine("## Befunde (Top 10)");
foreach (var finding in result.Findings.Take(10)) Console.WriteLine($"{finding.Rank}. {finding}");
Console.WriteLine();

// Coverage table for the domain of the top finding: one row per municipality (no aggregates).
var top = result.Findings[0];
Console.WriteLine($"## Versorgungsgrad „{top.Norm.Label}“ ({top.Row.Domain.GermanName}, {Labels.Of(top.Row.Unit)}) je Gemeinde");
Console.WriteLine("| Sozialraum | Bedarf | Bestand | Versorgungsgrad | Klasse |");
Console.WriteLine("|---|---:|---:|---:|---|");
foreach (var row in result.Rows.Where(r => r.Norm == top.Norm && !r.IsAggregate))
{
    var demand = row.Demand is { } d ? NumberFormat.Number(d, 2) : "–";
    var coverage = row.CoveragePercent is { } c ? NumberFormat.Percent(c, 0) : "–";
    Console.WriteLine($"| {row.Space.Name} | {demand} | {NumberFormat.Number(row.Supply, 2)} | {coverage} | {Labels.Of(row.Class)} |");
}
Console.WriteLine();

// Everything behind the top finding: norm and its source, target population, supply contributions, statements.
Console.WriteLine("## Beleg des ersten Befunds");
Console.Write(GapFindingsText.Evidence(top));
