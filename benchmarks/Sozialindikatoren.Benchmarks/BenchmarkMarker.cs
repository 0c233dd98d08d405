namespace Sozialindikatoren.Benchmarks;

/// <summary>Anchors the benchmark assembly; one benchmark class per area lives beside this file.</summary>
public static class BenchmarkMarker;
