using X = global::Sozialindikatoren.Access;

namespace Sozialindikatoren.Tests.Access;

/// <summary>A small random problem built from a seed; the dense matrix (∞ = not stored) feeds the naive reference.</summary>
public sealed class AccessCase
{
    public AccessCase(int seed, int zones, int sites)
    {
        Seed = seed;
        var rng = new Random(seed);
        ZoneIds = Enumerable.Range(0, zones).Select(i => "z" + i).ToArray();
        SiteIds = Enumerable.Range(0, sites).Select(j => "s" + j).ToArray();
        Demand = Enumerable.Range(0, zones).Select(_ => rng.Next(4) == 0 ? 0.0 : rng.Next(1, 51)).ToArray();
        Capacity = Enumerable.Range(0, sites).Select(_ => rng.Next(5) == 0 ? 0.0 : rng.Next(1, 31)).ToArray();
        Dense = new double[zones, sites];
        var o = new List<int>();
        var d = new List<int>();
        var c = new List<double>();
        for (int i = 0; i < zones; i++)
        {
            for (int j = 0; j < sites; j++)
            {
                if (rng.NextDouble() < 0.7)
                {
                    double t = rng.Next(0, 41);
                    Dense[i, j] = t;
                    o.Add(i); d.Add(j); c.Add(t);
                }
                else
                {
                    Dense[i, j] = double.PositiveInfinity;
                }
            }
        }
        // shuffle the pair order: the matrix must not depend on it
        var idx = Enumerable.Range(0, o.Count).OrderBy(_ => rng.Next()).ToArray();
        Costs = X.TravelCosts.FromIndexedPairs(ZoneIds, SiteIds, idx.Select(k => o[k]).ToArray(), idx.Select(k => d[k]).ToArray(), idx.Select(k => c[k]).ToArray());
    }

    public int Seed { get; }
    public string[] ZoneIds { get; }
    public string[] SiteIds { get; }
    public double[] Demand { get; }
    public double[] Capacity { get; }
    public double[,] Dense { get; }
    public X.TravelCosts Costs { get; }
    public int Zones => ZoneIds.Length;
    public int Sites => SiteIds.Length;

    public override string ToString() => $"AccessCase(seed {Seed}, {Zones} zones, {Sites} sites)";
}
