#:project ../../src/Sozialindikatoren/Sozialindikatoren.csproj
#:property PublishAot=false

// Quick start: the embedded Kreis Siegen-Wittgenstein sample from social index to rescue plan.
// Run from the repository root: dotnet run docs/samples/quickstart.cs
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Samples;

var data = SiegenWittgenstein.Load();
var asOf = SiegenWittgenstein.AsOf; // Stichtag 01.01.2025 — always an explicit parameter, never the clock
Console.WriteLine($"Datensatz: {data.Name}");
if (data.HasIllustrativeFigures) Console.WriteLine("Hinweis: enthält illustrative Zahlen (keine reale Bestandserhebung).");

// 1. Sozialindex: status (level of need) × dynamics (change), MSS-style classes.
var index = SocialIndex.Compute(data, SocialIndexOptions.StatusAndDynamics);
Console.WriteLine();
Console.WriteLine("## Sozialindex");
Console.WriteLine(index.ToMarkdownTable());

// 2. Versorgungslücken: demand from planning norms against the capacity of the offerings.
var gaps = GapAnalysis.Run(data, SupplyNorms.Default, asOf);
Console.WriteLine($"## Versorgungslücken ({gaps.Findings.Count} Befunde, die ersten 5)");
foreach (var finding in gaps.Findings.Take(5)) Console.WriteLine($"{finding.Rank}. {finding}");

// 3. Kürzungen: the NRW draft budget 2025, seeded Monte Carlo, and a rescue plan for 100.000 EUR per year.
//    Need per space from the social index (status z), demand per space × domain from the gap analysis.
var cuts = CutAnalysis.Run(data, CutScenarios.NrwDraft2025, new CutOptions
{
    AsOf = asOf, Draws = 200, Seed = 42, Need = CutAnalysis.NeedFrom(index), Demand = CutAnalysis.DemandFrom(gaps),
});
Console.WriteLine();
Console.WriteLine($"## Kürzungsszenario „{cuts.Scenario.Name}“");
Console.WriteLine($"Betroffene Angebote: {cuts.Offerings.Count(o => o.LostFunding > 0)} von {cuts.Offerings.Count}, Kürzung gesamt {NumberFormat.Euro(cuts.TotalLostFunding)}/Jahr");
foreach (var group in cuts.ByFundingCategory.Where(g => g.Offerings > 0))
    Console.WriteLine($"- {group.Label}: {group.Affected} von {group.Offerings} betroffen, Kapazitätsverlust {NumberFormat.Percent(group.LostCapacityShare * 100)}");

var plan = RescuePlanner.Plan(cuts, 100_000m);
Console.WriteLine($"Ausgleichsplan ({NumberFormat.Euro(plan.BudgetPerYear)}/Jahr): {plan.Choices.Count} Angebote, ausgegeben {NumberFormat.Euro(plan.Spent)}");
foreach (var choice in plan.Choices)
    Console.WriteLine($"- {choice.OfferingId}: {NumberFormat.Euro(choice.BackfillPerYear)} ({NumberFormat.Percent(choice.Share * 100, 0)} der Kürzung), vermiedene Folgen {NumberFormat.Number(choice.ImpactAvoided, 4)}");
