using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// <c>rates-phases FILE [REPEATS]</c>: where the time of the streaming <c>rates</c> job goes (docs/performance.md, "Whole
/// jobs"), each phase on its own over the same file, in process, best of REPEATS (default 3): the raw bytes, the decoded
/// text, the tokenizer, tokenizer + number parsing, the interval kernel per method, and the whole
/// <see cref="RatesCsv.Compute(string, Stream, IntervalMethod, ConfidenceLevel, double, CsvReadOptions?, ICollection{Sozialindikatoren.Common.DataProblem}?)"/> into a null stream and into a file.
/// </summary>
public static class RatesPhases
{
    /// <summary>Runs the phases and prints one line each (milliseconds).</summary>
    public static int Run(string[] args)
    {
        var path = args[0];
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var outFile = Path.Combine(Path.GetTempPath(), "rates-phases-" + Environment.ProcessId + ".csv");
        var rows = 0L;
        Time("read bytes (FileStream 64 KiB)", repeats, () =>
        {
            using var s = File.OpenRead(path);
            var b = new byte[1 << 16];
            long n = 0;
            int r;
            while ((r = s.Read(b)) > 0) n += r;
            return n;
        });
        Time("decode text (StreamReader UTF-8)", repeats, () =>
        {
            using var t = new StreamReader(path, Encoding.UTF8, false, 1 << 16);
            var b = new char[1 << 16];
            long n = 0;
            int r;
            while ((r = t.Read(b)) > 0) n += r;
            return n;
        });
        Time("CsvInput: open + tokenize", repeats, () =>
        {
            using var input = CsvInput.Open(path);
            long n = 0;
            while (input.Read()) n += input.Span(0).Length;
            return n;
        });
        var counts = new List<long>();
        var dens = new List<double>();
        Time("CsvInput + parse count, denominator", repeats, () =>
        {
            counts.Clear();
            dens.Clear();
            using var input = CsvInput.Open(path);
            while (input.Read())
            {
                CsvNumber.TryParseDouble(input.Span(1), input.NumberFormat, false, out var c, out _);
                CsvNumber.TryParseDouble(input.Span(2), input.NumberFormat, false, out var d, out _);
                counts.Add((long)c);
                dens.Add(d);
            }
            return counts.Count;
        });
        var n = counts.Count;
        var v = new double[n];
        var lo = new double[n];
        var up = new double[n];
        var used = new IntervalMethod[n];
        foreach (var m in new[] { IntervalMethod.Wilson, IntervalMethod.ExactPoisson, IntervalMethod.Byar })
            Time("kernel " + m.ToCode(), repeats, () =>
            {
                Rates.Intervals(counts.ToArray(), dens.ToArray(), m, ConfidenceLevel.Percent95, 1, v, lo, up, used);
                return n;
            });
        var sb = new StringBuilder();
        Time("format (double R, 4 per row) into a StringBuilder", repeats, () =>
        {
            sb.Clear();
            Span<char> f = stackalloc char[32];
            for (var i = 0; i < n; i++)
            {
                dens[i].TryFormat(f, out var k, "R", CultureInfo.InvariantCulture); sb.Append(f[..k]);
                v[i].TryFormat(f, out k, "R", CultureInfo.InvariantCulture); sb.Append(f[..k]);
                lo[i].TryFormat(f, out k, "R", CultureInfo.InvariantCulture); sb.Append(f[..k]);
                up[i].TryFormat(f, out k, "R", CultureInfo.InvariantCulture); sb.Append(f[..k]);
            }
            return sb.Length;
        });
        var bytes = new byte[n * 3 * Text.RoundTrip.MaxLength];
        Time("format (RoundTrip, value, lower, upper per row) into a byte buffer", repeats, () =>
        {
            var length = 0;
            for (var i = 0; i < n; i++)
            {
                Text.RoundTrip.TryFormat(v[i], bytes.AsSpan(length), out var k); length += k;
                Text.RoundTrip.TryFormat(lo[i], bytes.AsSpan(length), out k); length += k;
                Text.RoundTrip.TryFormat(up[i], bytes.AsSpan(length), out k); length += k;
            }
            return length;
        });
        Time("format (double R, value, lower, upper per row) into a byte buffer", repeats, () =>
        {
            var length = 0;
            for (var i = 0; i < n; i++)
            {
                v[i].TryFormat(bytes.AsSpan(length), out var k, "R", CultureInfo.InvariantCulture); length += k;
                lo[i].TryFormat(bytes.AsSpan(length), out k, "R", CultureInfo.InvariantCulture); length += k;
                up[i].TryFormat(bytes.AsSpan(length), out k, "R", CultureInfo.InvariantCulture); length += k;
            }
            return length;
        });
        foreach (var m in new[] { IntervalMethod.Wilson, IntervalMethod.ExactPoisson, IntervalMethod.Byar })
        {
            Time("whole job " + m.ToCode() + " → TextWriter.Null", repeats, () => rows = RatesCsv.Compute(path, TextWriter.Null, m, ConfidenceLevel.Percent95, 1, null, null));
            Time("whole job " + m.ToCode() + " → Stream.Null", repeats, () => rows = RatesCsv.Compute(path, Stream.Null, m, ConfidenceLevel.Percent95, 1, null, null));
            Time("whole job " + m.ToCode() + " → file (UTF-8 stream)", repeats, () =>
            {
                using var s = new FileStream(outFile, FileMode.Create, FileAccess.Write, FileShare.None, 1);
                return RatesCsv.Compute(path, s, m, ConfidenceLevel.Percent95, 1, null, null);
            });
        }
        File.Delete(outFile);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows} rows; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }

    private static void Time(string name, int repeats, Func<long> phase)
    {
        var best = double.MaxValue;
        var gcs = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            phase();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        gcs = GC.CollectionCount(0) - gcs;
        var perRun = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / repeats / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{best,9:F1} ms  {name}  ({perRun:F1} MB allocated per run, {gcs} gen-0 collections in {repeats} runs)"));
    }
}
