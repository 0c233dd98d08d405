using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Data.Arrow;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// Writing an access result of 1,000,000 demand points (ids <c>z0000000</c>…, values uniform in [0, 1) with 5 % NaN =
/// no access, seed 42) to memory: the Arrow IPC file (<see cref="ArrowTables.WriteValues"/>) against the CSV the
/// <c>access</c> command writes (<c>id,value</c>, round-trip invariant numbers, empty cell for NaN).
/// </summary>
[MemoryDiagnoser]
public class DataArrowBenchmarks
{
    private const int Rows = 1_000_000;
    private string[] _ids = [];
    private double[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _ids = new string[Rows];
        _values = new double[Rows];
        for (int i = 0; i < Rows; i++)
        {
            _ids[i] = "z" + i.ToString("D7", CultureInfo.InvariantCulture);
            _values[i] = random.NextDouble() < 0.05 ? double.NaN : random.NextDouble();
        }
    }

    [Benchmark]
    public long ArrowIpc()
    {
        var ms = new MemoryStream();
        ArrowTables.WriteValues(ms, _ids, _values);
        return ms.Length;
    }

    [Benchmark(Baseline = true)]
    public long Csv()
    {
        var ms = new MemoryStream();
        using (var w = new StreamWriter(ms, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
        {
            w.WriteLine("id,value");
            for (int i = 0; i < Rows; i++)
                w.WriteLine(_ids[i] + "," + Text.Invariant.Number(_values[i]));
        }
        return ms.Length;
    }
}
