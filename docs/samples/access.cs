#:project ../../src/Sozialindikatoren/Sozialindikatoren.csproj
#:property PublishAot=false

// Erreichbarkeit: travel costs from the coordinates of the sample's municipalities and offerings, the two-step
// floating catchment area (2SFCA, E2SFCA) and the capacity-constrained allocation.
// Run from the repository root: dotnet run docs/samples/access.cs
using Sozialindikatoren.Access;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Samples;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

var data = SiegenWittgenstein.Load();
var region = data.Region;

// Zones: the 11 municipalities (centroid, population). Demand is the total population.
var zones = SiegenWittgenstein.MunicipalityIds.Select(id => region[new SpaceId(id)]).ToArray();
var zoneIds = zones.Select(z => z.Id.Value).ToArray();
var zoneLat = zones.Select(z => z.Centroid!.Value.Latitude).ToArray();
var zoneLon = zones.Select(z => z.Centroid!.Value.Longitude).ToArray();
var population = zones.Select(z => (double)(region.AggregatePopulationTotal(z.Id) ?? 0)).ToArray();

// Sites: the family and parenting counselling offerings (Familie, staff in full-time equivalents), placed at their own
// point or, without one, at the centroid of their location.
var domain = ServiceDomain.Familie;
var offerings = data.Offerings.Where(o => o.Domain == domain && o.Capacity.Unit == CapacityUnit.FullTimeEquivalents)
    .OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
var points = offerings.Select(o => o.Point ?? region[o.Location].Centroid ?? region.ParentOf(o.Location)!.Centroid!.Value).ToArray();
var capacity = offerings.Select(o => o.Capacity.Amount).ToArray();

// Road distance ≈ great-circle distance × 1.3 (Umwegfaktor), at 50 km/h, expressed in minutes; pairs up to 60 minutes.
var costs = TravelCosts.FromCoordinates(zoneIds, zoneLat, zoneLon,
    offerings.Select(o => o.Id).ToArray(), points.Select(p => p.Latitude).ToArray(), points.Select(p => p.Longitude).ToArray(),
    CoordinateSystem.Wgs84, radius: 60, detourFactor: 1.3, speedKmh: 50);
Console.WriteLine($"Reisezeitmatrix: {costs.ZoneCount} Gemeinden × {costs.SiteCount} Angebote ({domain.GermanName}), {costs.PairCount} Paare bis 60 Minuten");
Console.WriteLine("Annahmen: Luftlinie × 1,3, 50 km/h; Bedarf = Einwohnerzahl (illustrativ).");
Console.WriteLine();

// 2SFCA with a 30-minute catchment, and E2SFCA with the Luo & Qi (2009) weights 1 / 0.68 / 0.22 for 0–10–20–30 min.
var twoStep = Accessibility.TwoStep(costs, population, capacity, DecayFunction.Binary(30));
var enhanced = Accessibility.EnhancedTwoStep(costs, population, capacity, DecayFunction.LuoQi2009());

// Capacity-constrained allocation: the demand (here: one full-time equivalent per 12,000 inhabitants, an assumption)
// is assigned to the sites at minimum total travel time without exceeding any site's capacity.
var demand = population.Select(p => p / 12_000.0).ToArray();
var allocation = CapacityAllocation.Allocate(costs, demand, capacity, radius: 45);

Console.WriteLine("| Gemeinde | Einwohner | 2SFCA (VZÄ je 10.000 EW) | E2SFCA (VZÄ je 10.000 EW) | Bedarf (VZÄ) | versorgt | ungedeckt |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
for (var i = 0; i < zones.Length; i++)
{
    Console.WriteLine($"| {zones[i].Name} | {NumberFormat.Number(population[i], 0)} | {Ratio(twoStep[i])} | {Ratio(enhanced[i])} | "
        + $"{NumberFormat.Number(demand[i], 2)} | {NumberFormat.Number(allocation.Served[i], 2)} | {NumberFormat.Number(allocation.Unmet[i], 2)} |");
}
Console.WriteLine();
Console.WriteLine($"Zuordnung: Bedarf {NumberFormat.Number(allocation.TotalDemand, 2)} VZÄ, versorgt {NumberFormat.Number(allocation.TotalServed, 2)}, "
    + $"ungedeckt {NumberFormat.Number(allocation.TotalUnmet, 2)}; mittlere Reisezeit der Versorgten {NumberFormat.Number(allocation.TotalCost / allocation.TotalServed, 1)} min");
Console.WriteLine("Auslastung je Angebot:");
for (var j = 0; j < allocation.SiteIds.Count; j++)
    Console.WriteLine($"- {data.OfferingsById[allocation.SiteIds[j]].Name}: {NumberFormat.Number(allocation.Used[j], 2)} von {NumberFormat.Number(capacity[j], 2)} VZÄ ({NumberFormat.Percent(allocation.Utilisation[j] * 100, 0)})");

// A ratio per inhabitant reads better per 10,000 inhabitants; a zone without any reachable site has no value (NaN).
static string Ratio(double perInhabitant) => double.IsNaN(perInhabitant) ? "kein Zugang" : NumberFormat.Number(perInhabitant * 10_000, 2);
