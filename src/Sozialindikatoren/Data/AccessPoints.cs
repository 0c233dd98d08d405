namespace Sozialindikatoren.Data;

/// <summary>Demand or supply points read by <see cref="AccessCsv.ReadPoints(string, string, bool, string, string)"/>: ids, values (demand or capacity, ≥ 0) and,
/// when read with coordinates, x and y (planar km, or latitude/longitude in degrees); empty arrays otherwise.</summary>
/// <param name="Ids">The ids, unique.</param>
/// <param name="Values">The values, one per id.</param>
/// <param name="X">The x coordinates (or latitudes), or empty.</param>
/// <param name="Y">The y coordinates (or longitudes), or empty.</param>
/// <threadsafety>Immutable by convention (arrays are not copied); thread-safe for reading.</threadsafety>
public sealed record AccessPoints(string[] Ids, double[] Values, double[] X, double[] Y);
