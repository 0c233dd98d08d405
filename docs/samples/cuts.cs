#:project ../../src/Sozialindikatoren/Sozialindikatoren.csproj
#:property PublishAot=false

// Kürzungsfolgen: scenario presets, impact by funding category (voll-, teil-, trägerfinanziert), a seeded Monte Carlo
// summary, and a rescue plan for a given budget — through the one planning analysis the report and the `cuts` command
// use (social index → gaps → cuts → Monte Carlo → rescue plan), so the figures are the report's.
// Run from the repository root: dotnet run docs/samples/cuts.cs
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Samples;
using Sozialindikatoren.Text;

var data = SiegenWittgenstein.Load();
var asOf = SiegenWittgenstein.AsOf;

// Every preset, nominal only (stop after the cuts, no Monte Carlo): how much each would take away.
Console.WriteLine("## Szenarien (nominal)");
foreach (var name in CutScenarios.Names)
{
    CutScenarios.TryGet(name, out var preset);
    var nominal = PlanningAnalysis.Run(data, new PlanningAnalysisOptions(asOf: asOf, stopAfter: AnalysisStage.Cuts, scenario: preset)).Cuts!;
    Console.WriteLine($"- {name} „{preset!.Name}“: {preset.Lines.Count} Positionen, {nominal.Offerings.Count(o => o.LostFunding > 0)} Angebote betroffen, "
        + $"Kürzung {NumberFormat.Euro(nominal.TotalLostFunding)}/Jahr, Schließungen: {nominal.Offerings.Count(o => o.Closed)}");
}
Console.WriteLine();

// The NRW draft budget 2025 with 500 seeded Monte Carlo draws (same seed → bit-identical output) and a rescue plan for
// 150.000 EUR per year.
var analysis = PlanningAnalysis.Run(data, new PlanningAnalysisOptions(asOf: asOf, scenario: CutScenarios.NrwDraft2025,
    cuts: new CutOptions { Draws = 500, Seed = 7 }, budgetPerYear: 150_000m));
var result = analysis.Cuts!;
Console.WriteLine($"## {result.Scenario.Name}: Folgen nach Finanzierungskategorie");
Console.WriteLine("| Kategorie | Angebote | betroffen | geschlossen | Kürzung | mittl. Risiko | mittl. Folgen |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var g in result.ByFundingCategory)
    Console.WriteLine($"| {Labels.Of(g.Category)} | {g.Offerings} | {g.Affected} | {g.Closed} | {NumberFormat.Euro(g.LostFunding)} | "
        + $"{NumberFormat.Number(g.MeanRisk, 3)} | {NumberFormat.Number(g.MeanImpact, 3)} |");
Console.WriteLine();
// Capacity per domain and unit: places and FTE are never added.
Console.WriteLine("| Handlungsfeld | Einheit | Kapazität vorher | nachher | Kapazitätsverlust |");
Console.WriteLine("|---|---|---:|---:|---:|");
foreach (var g in result.ByDomain.Where(g => g.Offerings > 0))
    Console.WriteLine($"| {g.Domain.GermanName} | {Labels.Of(g.Unit)} | {NumberFormat.Number(g.CapacityBefore.Amount, 1)} | {NumberFormat.Number(g.CapacityAfter.Amount, 1)} | "
        + $"{(g.LostCapacityShare is { } l ? NumberFormat.Percent(l * 100) : "–")} |");
Console.WriteLine();

if (result.MonteCarlo is { } mc)
{
    Console.WriteLine($"## Monte Carlo ({mc.Draws} Läufe, Seed {mc.Seed}) — P5 / P50 / P95");
    Console.WriteLine($"- Kürzung (EUR/Jahr): {NumberFormat.Number(mc.LostFunding.P05, 0)} / {NumberFormat.Number(mc.LostFunding.P50, 0)} / {NumberFormat.Number(mc.LostFunding.P95, 0)}");
    Console.WriteLine($"- Schließungen: {NumberFormat.Number(mc.Closures.P05, 0)} / {NumberFormat.Number(mc.Closures.P50, 0)} / {NumberFormat.Number(mc.Closures.P95, 0)}");
    Console.WriteLine($"- unterversorgte Zellen: {NumberFormat.Number(mc.LocatedGaps.P05, 0)} / {NumberFormat.Number(mc.LocatedGaps.P50, 0)} / {NumberFormat.Number(mc.LocatedGaps.P95, 0)}");
    Console.WriteLine();
}

// Which offerings the budget should protect first.
var plan = analysis.Rescue!;
Console.WriteLine($"## Ausgleichsplan: {NumberFormat.Euro(plan.BudgetPerYear)}/Jahr ({(plan.Method == RescueMethod.Exact ? "exakt" : "greedy")})");
foreach (var c in plan.Choices)
    Console.WriteLine($"- {data.OfferingsById[c.OfferingId].Name}: {NumberFormat.Euro(c.BackfillPerYear)} ({NumberFormat.Percent(c.Share * 100, 0)}), vermiedene Folgen {NumberFormat.Number(c.ImpactAvoided, 4)}");
Console.WriteLine($"Folgen nach Kürzung {NumberFormat.Number(plan.ImpactAfterCut, 4)}, davon vermieden {NumberFormat.Number(plan.ImpactAvoided, 4)}, verbleibend (neu berechnet) {NumberFormat.Number(plan.RemainingRecomputed, 4)}");
if (result.Scenario.HasAssumptions) Console.WriteLine("Hinweis: Das Szenario enthält Planungsannahmen (Status „Annahme“).");

// The same plan as the machine table `cuts --out` writes as rescue.csv (ToTable() from Sozialindikatoren.Reporting;
// ToCsv() gives the file's bytes, ToText() an aligned terminal table).
Console.WriteLine();
Console.Write(plan.ToTable().ToText());
