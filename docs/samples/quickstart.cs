#:project ../../src/Sozialindikatoren/Sozialindikatoren.csproj
#:property PublishAot=false

// Quick start: the embedded Kreis Siegen-Wittgenstein sample from social index to rescue plan.
// Run from the repository root: dotnet run docs/samples/quickstart.cs
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Samples;
using Sozialindikatoren.Text;

var data = SiegenWittgenstein.Load();
var asOf = SiegenWittgenstein.AsOf; // Stichtag 01.01.2025 — always an explicit parameter, never the clock
Console.WriteLine($"Datensatz: {data.Name}");
if (data.HasIllustrativeFigures) Console.WriteLine("Hinweis: enthält illustrative Zahlen (keine reale Bestandserhebung).");

// The planning analysis: social index → gaps → cut scenario (NRW draft budget 2025, 200 seeded Monte Carlo draws) →
// rescue plan for 100.000 EUR per year, each stage computed once — the same run as `sozialindikatoren report`.
var analysis = PlanningAnalysis.Run(data, new PlanningAnalysisOptions(asOf: asOf, scenario: CutScenarios.NrwDraft2025,
    cuts: new CutOptions { Draws = 200, Seed = 42 }, budgetPerYear: 100_000m));

// 1. Sozialindex: status (level of need) × dynamics (change), MSS-style classes; its status z is the need index.
Console.WriteLine();
Console.WriteLine("## Sozialindex");
Console.WriteLine(ResultTables.SocialIndex(analysis.Index!).ToMarkdown());

// 2. Versorgungslücken: demand from planning norms against the capacity of the offerings (served-area supply).
var gaps = analysis.Gaps;
Console.WriteLine($"## Versorgungslücken ({gaps.Findings.Count} Befunde, die ersten 5)");
foreach (var finding in gaps.Findings.Take(5)) Console.WriteLine($"{finding.Rank}. {finding}");

// 3. Kürzungen on the same demand and supply, and the rescue plan.
var cuts = analysis.Cuts!;
Console.WriteLine();
Console.WriteLine($"## Kürzungsszenario „{cuts.Scenario.Name}“");
Console.WriteLine($"Betroffene Angebote: {cuts.Offerings.Count(o => o.LostFunding > 0)} von {cuts.Offerings.Count}, Kürzung gesamt {NumberFormat.Euro(cuts.TotalLostFunding)}/Jahr");
foreach (var group in cuts.ByFundingCategory.Where(g => g.Offerings > 0))
    Console.WriteLine($"- {Labels.Of(group.Category)}: {group.Affected} von {group.Offerings} betroffen, Kürzung {NumberFormat.Euro(group.LostFunding)}/Jahr");
foreach (var row in cuts.ByDomain.Where(g => g.LostCapacityShare > 0))   // one row per domain and unit
    Console.WriteLine($"- {row.Domain.GermanName} ({Labels.Of(row.Unit)}): Kapazitätsverlust {NumberFormat.Percent(row.LostCapacityShare!.Value * 100)}");

var plan = analysis.Rescue!;
Console.WriteLine($"Ausgleichsplan ({NumberFormat.Euro(plan.BudgetPerYear)}/Jahr): {plan.Choices.Count} Angebote, ausgegeben {NumberFormat.Euro(plan.Spent)}");
foreach (var choice in plan.Choices)
    Console.WriteLine($"- {choice.OfferingId}: {NumberFormat.Euro(choice.BackfillPerYear)} ({NumberFormat.Percent(choice.Share * 100, 0)} der Kürzung), vermiedene Folgen {NumberFormat.Number(choice.ImpactAvoided, 4)}");
