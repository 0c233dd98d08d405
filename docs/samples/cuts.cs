#:project ../../src/Sozialindikatoren/Sozialindikatoren.csproj
// Cut scenario on the embedded Siegen-Wittgenstein sample: which offerings are hit, how the funding categories differ,
// and where a rescue budget of 250,000 EUR per year avoids the most need-weighted unmet demand.
// Run from the repository root: dotnet run docs/samples/cuts.cs
using NodaTime;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Gaps;

var kreis = Sozialindikatoren.Samples.SiegenWittgenstein.Load();
var asOf = new LocalDate(2025, 1, 1);

var index = SocialIndex.Compute(kreis, SocialIndexOptions.StatusOnly);
var gaps = GapAnalysis.Run(kreis, SupplyNorms.Default, asOf);

var cuts = CutAnalysis.Run(kreis, CutScenarios.NrwDraft2025, new CutOptions
{
    AsOf = asOf,
    Draws = 1_000,
    Seed = 7,
    Need = CutAnalysis.NeedFrom(index),
    Demand = CutAnalysis.DemandFrom(gaps),
});
Console.WriteLine(cuts.Scenario);
Console.WriteLine(cuts.ByFundingCategory.ToMarkdownTable());
foreach (var o in cuts.Offerings.OrderByDescending(o => o.Impact).Take(5)) Console.WriteLine(o);

var plan = RescuePlanner.Plan(cuts, budgetPerYear: 250_000m);
Console.WriteLine($"Rescue ({plan.Method}): {plan.Choices.Count} back-fills, {plan.Spent} EUR/a; remaining impact {plan.RemainingImpact:0.000} of {plan.ImpactAfterCut:0.000}");
foreach (var c in plan.Choices.OrderByDescending(c => c.ImpactAvoidedPerEuro).Take(5)) Console.WriteLine(c);
