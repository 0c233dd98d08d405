using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

// `access-phases DIR [RUNS]`: the whole access job in process, phase by phase (docs/performance.md).
if (args.Length > 1 && args[0] == "access-phases") return Sozialindikatoren.Benchmarks.AccessWholeJobBenchmarks.RunPhases(args[1..]);

// `scale SIZE`: the national-scale whole analysis once, with wall times and peak memory (docs/performance.md).
if (args.Length > 0 && args[0] == "scale") return Sozialindikatoren.Benchmarks.NationalScale.Run(args[1..]);
// `rates-phases FILE [REPEATS]`: where the time of the streaming rates job goes, phase by phase (docs/performance.md).
if (args.Length > 0 && args[0] == "rates-phases") return Sozialindikatoren.Benchmarks.RatesPhases.Run(args[1..]);

// BenchmarkDotNet exits 0 even when a benchmark throws: collect the summaries and fail on any error.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Sozialindikatoren.Benchmarks.BenchmarkMarker).Assembly).Run(args);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
