#:project ../../src/Sozialindikatoren/Sozialindikatoren.csproj
#:property PublishAot=false

// Sozialindex in detail: the indicator panel of the sample, status and dynamics per municipality with classes and
// notes, and a seeded uncertainty and sensitivity analysis of the status ranking over method choices (COINr-style).
// Run from the repository root: dotnet run docs/samples/index.cs
using Sozialindikatoren.Composite;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Samples;
using Sozialindikatoren.Text;

var data = SiegenWittgenstein.Load();
var region = data.Region;

// 1. The indicator panel: spaces × indicators × reference dates, every cell an Observation with its ValueStatus.
var panel = IndicatorPanel.FromRecords(data.Indicators);
Console.WriteLine($"Indikatorenpanel: {panel.Spaces.Count} Räume, {panel.Indicators.Count} Indikatoren, "
    + $"Stichtage {panel.Periods[0]:yyyy-MM-dd} bis {panel.LatestPeriod:yyyy-MM-dd}");
foreach (var id in panel.Indicators)
    Console.WriteLine($"- {id}: {panel.Definition(id)?.NameDe ?? "(nicht im Katalog)"}");
Console.WriteLine();

// 2. The social index (need index: higher z = more need) with status × dynamics classes.
var index = SocialIndex.Compute(data, SocialIndexOptions.StatusAndDynamics);
Console.WriteLine($"## Sozialindex, Status {index.StatusPeriod:yyyy-MM-dd}"
    + (index.DynamicsFrom is { } from ? $", Dynamik seit {from:yyyy-MM-dd}" : ""));
Console.WriteLine($"Statusindikatoren: {string.Join(", ", index.StatusIndicators)}");
Console.WriteLine($"Dynamikindikatoren: {string.Join(", ", index.DynamicsIndicators)}");
Console.WriteLine("| Gemeinde | Einwohner | Status (z) | Statusklasse | Dynamik (z) | Dynamikklasse | Gruppe |");
Console.WriteLine("|---|---:|---:|---|---:|---|---|");
foreach (var e in index.Entries.OrderByDescending(e => e.HasStatus ? e.StatusZ : double.NegativeInfinity))
{
    Console.WriteLine($"| {region[e.Space].Name} | {NumberFormat.Number(e.Population, 0)} | {Z(e.StatusZ)} | {ResultTables.ClassText(e.Status)} | "
        + $"{Z(e.DynamicsZ)} | {ResultTables.ClassText(e.Dynamics)} | {e.Group?.Code ?? "–"} |");
}
Console.WriteLine("Gruppen: " + string.Join(", ", index.GroupCounts().OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Value}")));
foreach (var note in index.Notes) Console.WriteLine("Hinweis: " + ResultTables.IndexNote(note));
Console.WriteLine();

// 3. How robust is the status ranking? The status indicators of the status date go through the general composite
//    pipeline (one aggregate "status"); weights (±25 %), normaliser and aggregator vary. Rank 1 = most need.
var municipalities = index.Entries.Where(e => e.HasStatus).Select(e => panel.IndexOfSpace(e.Space)).ToArray();
var table = panel.ToTable(index.StatusPeriod, index.StatusIndicators).SelectUnits(municipalities);
var framework = new IndexFramework(
    index.StatusIndicators.Select(id => new FrameworkElement(id, FrameworkElementType.Indicator, 1, "status"))
        .Append(new FrameworkElement("status", FrameworkElementType.Aggregate, 2, null)));
var factors = new UncertaintyFactors(weightNoise: 0.25,
    normalisers: [Normaliser.MinMax(0, 100), Normaliser.ZScore(), Normaliser.PercentRank],
    aggregators: [Aggregator.ArithmeticMean, Aggregator.WeightedMedian]);
var nominal = new CompositeOptions { Normaliser = Normaliser.ZScore(), Aggregator = Aggregator.ArithmeticMean };
var uncertainty = UncertaintyAnalysis.Run(new CompositeData(table), framework, nominal, factors, replications: 1000, seed: 2025);

Console.WriteLine($"## Unsicherheitsanalyse ({uncertainty.Runs.Count} Läufe, Seed 2025; Faktoren: {string.Join(", ", uncertainty.FactorNames)})");
Console.WriteLine("| Gemeinde | Rang nominal | Median | 5 %–95 % |");
Console.WriteLine("|---|---:|---:|---:|");
var order = Enumerable.Range(0, uncertainty.Units.Count).OrderBy(u => uncertainty.NominalRanks[u]).ThenBy(u => uncertainty.Units[u].Value, StringComparer.Ordinal);
foreach (var u in order)
{
    Console.WriteLine($"| {region[uncertainty.Units[u]].Name} | {NumberFormat.Number(uncertainty.NominalRanks[u], 0)} | "
        + $"{NumberFormat.Number(uncertainty.MedianRanks[u], 1)} | {NumberFormat.Number(uncertainty.Rank5[u], 0)}–{NumberFormat.Number(uncertainty.Rank95[u], 0)} |");
}
Console.WriteLine();

// 4. Which choice drives the rank variance? Saltelli design (N·(d + 2) runs) with bootstrap intervals.
var sensitivity = UncertaintyAnalysis.Sensitivity(new CompositeData(table), framework, nominal, factors, baseSamples: 200, seed: 2025);
Console.WriteLine($"## Sensitivitätsanalyse ({sensitivity.RunCount} Läufe): Haupttreiber {sensitivity.MainDriver}");
foreach (var s in sensitivity.Indices)
    Console.WriteLine($"- {s.Factor}: erster Ordnung {NumberFormat.Number(s.FirstOrder, 2)}, total {NumberFormat.Number(s.Total, 2)} "
        + $"(95 %: {NumberFormat.Number(s.TotalLow, 2)}–{NumberFormat.Number(s.TotalHigh, 2)})");

static string Z(double z) => double.IsNaN(z) ? "–" : NumberFormat.Number(z, 2);
