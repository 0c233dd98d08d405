using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Sozialindikatoren.Access;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The whole analysis from one Kreis to the Bund (issue 15, point 5): synthetic Germany of ≈ 10,800 municipalities in
/// 400 Kreise, 100,000 offerings, 1,000 Monte Carlo draws, accessibility on a 1 km grid (≈ 220,000 inhabited cells)
/// × 30,000 sites within 20 km; smaller sizes are the same per-area densities on a proportionally smaller square.
/// Stages: social/composite index (50 indicators, group-free default treatment, min-max, arithmetic mean), gaps
/// (located supply, default norms), cuts (NRW draft 2025 preset, 1,000 draws), the travel-cost matrix and a 2SFCA.
/// </summary>
/// <remarks>
/// Run one size per process for its peak memory: <c>dotnet run -c Release --project benchmarks/Sozialindikatoren.Benchmarks
/// -- scale bund</c> (sizes <c>kreis</c>, <c>bezirk</c>, <c>land</c>, <c>bund</c>); prints one line per stage with the
/// wall time and the peak working set. The BenchmarkDotNet class <see cref="NationalScaleBenchmarks"/> times the same
/// stages (use <c>--job dry</c>: the Bund takes tens of seconds per operation).
/// </remarks>
public static class NationalScale
{
    /// <summary>A size as a fraction of Germany.</summary>
    public sealed record Size(string Name, double Fraction)
    {
        public int Municipalities => Math.Max(1, (int)Math.Round(10_800 * Fraction));
        public int Kreise => Math.Max(1, (int)Math.Round(400 * Fraction));
        public int Offerings => Math.Max(12, (int)Math.Round(100_000 * Fraction));
        public int Sites => Math.Max(1, (int)Math.Round(30_000 * Fraction));
        /// <summary>Side of the square in km: Germany's 220,000 inhabited cells at 61 % of a 600 km × 600 km square.</summary>
        public int SideKm => Math.Max(1, (int)Math.Round(600 * Math.Sqrt(Fraction)));
    }

    public static readonly Size[] Sizes =
    [
        new("kreis", 1 / 400.0), new("bezirk", 1 / 40.0), new("land", 1 / 8.0), new("bund", 1.0),
    ];

    public const int Draws = 1_000;
    public const double RadiusKm = 20;
    private static readonly LocalDate AsOf = new(2025, 1, 1);

    /// <summary>Inputs of one size, built once (not timed as part of the analysis).</summary>
    public sealed class Inputs
    {
        public required PlanningData Data { get; init; }
        public required CompositeData Indicators { get; init; }
        public required IndexFramework Framework { get; init; }
        public required string[] CellIds { get; init; }
        public required double[] CellX { get; init; }
        public required double[] CellY { get; init; }
        public required double[] CellPopulation { get; init; }
        public required string[] SiteIds { get; init; }
        public required double[] SiteX { get; init; }
        public required double[] SiteY { get; init; }
        public required double[] SiteCapacity { get; init; }
    }

    public static Inputs Build(Size size, int seed = 15)
    {
        var rng = new Random(seed);
        var inv = CultureInfo.InvariantCulture;
        // Region: Land/Bund root → Kreise → Gemeinden with 13 official age bands.
        var bands = new AgeBand[]
        {
            new(0, 3), new(3, 6), new(6, 10), new(10, 15), new(15, 18), new(18, 25), new(25, 30), new(30, 40),
            new(40, 50), new(50, 65), new(65, 75), new(75, 80), new(80, null),
        };
        var date = new LocalDate(2024, 12, 31);
        var spaces = new List<SocialSpace>(size.Municipalities + size.Kreise + 1) { new("DE", size.Name, SpaceLevel.State) };
        for (var k = 0; k < size.Kreise; k++) spaces.Add(new SocialSpace("K" + k.ToString(inv), "Kreis " + k.ToString(inv), SpaceLevel.County, "DE"));
        var municipalities = new SpaceId[size.Municipalities];
        for (var m = 0; m < size.Municipalities; m++)
        {
            var scale = rng.Next(200, 20_000);
            var pop = new Population(date, bands.Select(b => new KeyValuePair<AgeBand, long>(b, (long)(scale * (b.UpperOrMax - b.From) / 150.0 * (0.5 + rng.NextDouble())))));
            municipalities[m] = new SpaceId("M" + m.ToString(inv));
            spaces.Add(new SocialSpace(municipalities[m], "Gemeinde " + m.ToString(inv), SpaceLevel.Municipality, "K" + (m % size.Kreise).ToString(inv), population: pop));
        }
        var region = new Region(spaces);
        // Offerings: FTE in the 12 domains (the default norms), Land + Kreis (+ own) funding, 1–3 served municipalities.
        string[] programmes =
        [
            "Fachberatung Schuldnerberatung", "Familienberatung", "Landespauschale Suchthilfe", "Soziale Beratung von Geflüchteten",
            "Gefährdetenhilfe", "Armutsbekämpfung (Landesprogramme)", "Gewaltschutz / Frauenhäuser", "AIDS-Hilfe", "Landesprogramm ohne Kürzung",
        ];
        var providers = Enumerable.Range(0, 50).Select(p => new Provider("p" + p.ToString(inv), "Träger", (ProviderAssociation)(p % 9))).ToArray();
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31));
        var offerings = new Offering[size.Offerings];
        for (var i = 0; i < offerings.Length; i++)
        {
            var s = rng.Next(municipalities.Length);
            var served = Enumerable.Range(0, rng.Next(1, 4)).Select(k => municipalities[(s + k) % municipalities.Length]).Distinct().ToArray();
            var lines = new List<FundingLine>
            {
                new(FundingSource.Land, programmes[rng.Next(programmes.Length)], (FundingInstrument)rng.Next(0, 4), rng.Next(10, 200) * 500m, period),
                new(FundingSource.Kreis, "Kreis-Zuwendungsvertrag", rng.Next(4) == 0 ? FundingInstrument.DeficitFunding : FundingInstrument.ShareFunding, rng.Next(10, 200) * 500m, period),
            };
            if (rng.Next(2) == 0) lines.Add(new FundingLine(FundingSource.OwnFunds, "Eigenmittel", FundingInstrument.OwnResources, rng.Next(1, 50) * 500m, period));
            offerings[i] = new Offering("o" + i.ToString(inv), "Angebot", ServiceDomain.All[rng.Next(12)], providers[rng.Next(providers.Length)].Id,
                municipalities[s], new Capacity(rng.Next(1, 20) / 2.0, CapacityUnit.FullTimeEquivalents), Obligation.Voluntary, new FundingPlan(lines),
                targetGroup: new TargetGroup("Zielgruppe", vulnerable: rng.Next(3) == 0), servedSpaces: served);
        }
        var data = new PlanningData("national-scale " + size.Name, region, providers, offerings);

        // 50 indicators per municipality in 10 domains (as the index whole job).
        const int k50 = 50;
        var codes = Enumerable.Range(0, k50).Select(j => "i" + j.ToString(inv)).ToArray();
        var cols = new double[k50][];
        for (var j = 0; j < k50; j++)
        {
            cols[j] = new double[municipalities.Length];
            for (var i = 0; i < municipalities.Length; i++)
            {
                var g = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
                cols[j][i] = j % 5 == 0 ? Math.Exp(1.5 * g) : 50 + 10 * g;
                if (rng.Next(200) == 0) cols[j][i] = double.NaN;
            }
        }
        var elements = new List<FrameworkElement>();
        for (var j = 0; j < k50; j++) elements.Add(new FrameworkElement(codes[j], FrameworkElementType.Indicator, 1, "d" + (j / 5).ToString(inv), j % 7 == 0 ? -1 : 1));
        for (var d = 0; d < 10; d++) elements.Add(new FrameworkElement("d" + d.ToString(inv), FrameworkElementType.Aggregate, 2, "index"));
        elements.Add(new FrameworkElement("index", FrameworkElementType.Aggregate, 3, null));

        // 1 km grid: 61 % of the cells of the square inhabited; sites uniform in the square.
        var side = size.SideKm;
        var cellIds = new List<string>();
        var cx = new List<double>();
        var cy = new List<double>();
        var cp = new List<double>();
        for (var x = 0; x < side; x++)
            for (var y = 0; y < side; y++)
            {
                if (rng.NextDouble() >= 220_000 / 360_000.0) continue;
                cellIds.Add("c" + x.ToString(inv) + "_" + y.ToString(inv));
                cx.Add(x + 0.5);
                cy.Add(y + 0.5);
                cp.Add(rng.Next(1, 2_000));
            }
        var sites = size.Sites;
        return new Inputs
        {
            Data = data,
            Indicators = new CompositeData(new IndicatorTable(municipalities, codes, cols)),
            Framework = new IndexFramework(elements),
            CellIds = [.. cellIds], CellX = [.. cx], CellY = [.. cy], CellPopulation = [.. cp],
            SiteIds = [.. Enumerable.Range(0, sites).Select(j => "s" + j.ToString(inv))],
            SiteX = [.. Enumerable.Range(0, sites).Select(_ => rng.NextDouble() * side)],
            SiteY = [.. Enumerable.Range(0, sites).Select(_ => rng.NextDouble() * side)],
            SiteCapacity = [.. Enumerable.Range(0, sites).Select(_ => (double)rng.Next(1, 50))],
        };
    }

    public static double Index(Inputs i) =>
        CompositePipeline.Run(i.Indicators, i.Framework, new CompositeOptions { Treatment = TreatmentOptions.Default }).Scores[0];

    public static int Gaps(Inputs i) => GapAnalysis.Run(i.Data, SupplyNorms.Default, AsOf).Rows.Count;

    public static CutResult Cuts(Inputs i) =>
        CutAnalysis.Run(GapAnalysis.Run(i.Data, SupplyNorms.Default, AsOf), CutScenarios.NrwDraft2025, new CutOptions { Draws = Draws, Seed = 1 });

    public static TravelCosts Matrix(Inputs i) =>
        TravelCosts.FromCoordinates(i.CellIds, i.CellX, i.CellY, i.SiteIds, i.SiteX, i.SiteY, CoordinateSystem.Planar, RadiusKm);

    public static double Access(Inputs i, TravelCosts costs) =>
        Accessibility.TwoStep(costs, i.CellPopulation, i.SiteCapacity, DecayFunction.Binary(), new AccessOptions(RadiusKm))[0];

    /// <summary>Console mode: <c>scale SIZE</c>, one line per stage (wall seconds, peak working set MB).</summary>
    public static int Run(string[] args)
    {
        var size = Sizes.FirstOrDefault(s => args.Length > 0 && s.Name == args[0]);
        if (size is null)
        {
            Console.Error.WriteLine("usage: scale kreis|bezirk|land|bund");
            return 2;
        }
        var total = Stopwatch.StartNew();
        var sw = Stopwatch.StartNew();
        var inputs = Build(size);
        Report(size, "inputs", sw, $"{size.Municipalities} municipalities, {size.Offerings} offerings, {inputs.CellIds.Length} cells, {size.Sites} sites");
        sw.Restart(); Index(inputs); Report(size, "index", sw, "50 indicators, default treatment, min-max, arithmetic mean");
        sw.Restart(); var rows = Gaps(inputs); Report(size, "gaps", sw, $"{rows} rows");
        sw.Restart(); var cut = Cuts(inputs); Report(size, "cuts", sw, $"{Draws} draws");
        sw.Restart(); var costs = Matrix(inputs); Report(size, "matrix", sw, $"{costs.PairCount} pairs within {RadiusKm} km, {costs.MemoryBytes / 1e6:F0} MB");
        sw.Restart(); Access(inputs, costs); Report(size, "2sfca", sw, "binary, radius 20 km");
        total.Stop();
        Report(size, "total", total, "including the inputs");
        GC.KeepAlive(cut);
        return 0;
    }

    private static void Report(Size size, string stage, Stopwatch sw, string note)
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size.Name,-7} {stage,-7} {sw.Elapsed.TotalSeconds,8:F2} s  peak {peak,7:F0} MB  {note}"));
    }
}

/// <summary>
/// BenchmarkDotNet timing of the national-scale stages for the Kreis and the Land (see <see cref="NationalScale"/>);
/// the Bund is timed with the console mode <c>scale bund</c> (its inputs alone take tens of seconds to build, too long
/// for the dry smoke run of every benchmark in CI).
/// </summary>
[MemoryDiagnoser]
public class NationalScaleBenchmarks
{
    private NationalScale.Inputs _inputs = null!;
    private TravelCosts _costs = null!;

    [Params("kreis", "land")]
    public string Size { get; set; } = "kreis";

    [GlobalSetup]
    public void Setup()
    {
        _inputs = NationalScale.Build(NationalScale.Sizes.Single(s => s.Name == Size));
        _costs = NationalScale.Matrix(_inputs);
    }

    [Benchmark] public double Index() => NationalScale.Index(_inputs);
    [Benchmark] public int Gaps() => NationalScale.Gaps(_inputs);
    [Benchmark] public CutResult Cuts() => NationalScale.Cuts(_inputs);
    [Benchmark] public int Matrix() => NationalScale.Matrix(_inputs).PairCount;
    [Benchmark] public double Access() => NationalScale.Access(_inputs, _costs);
}
