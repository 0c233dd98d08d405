using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// How <see cref="PlanningDataSource"/> loads a data set (<em>Ladeoptionen</em>): the CSV reading options, a boundary
/// file and its key attribute, and the tolerance of the population check between parents and children.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed record DataLoadOptions
{
    /// <summary>The defaults: detected CSV format, the folder's own boundary file if any, any population difference warned.</summary>
    public static DataLoadOptions Default { get; } = new();

    /// <summary>Encoding, number format and size limit of the inputs (the CLI's <c>--encoding</c>, <c>--number-format</c>,
    /// <c>--max-input-mb</c>).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public CsvReadOptions Csv
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Csv));
    } = CsvReadOptions.Default;

    /// <summary>A GeoJSON or shapefile with the spaces' boundaries (the CLI's <c>--boundaries</c>), or null: then a data
    /// folder's <c>grenzen.geojson</c> / <c>grenzen.shp</c> (<see cref="Geo.BoundaryFile.FolderFileNames"/>) is used
    /// when present.</summary>
    public string? BoundaryFile { get; init; }

    /// <summary>The attribute of the boundary features that holds the space ids (the CLI's <c>--boundaries-key</c>), or
    /// null to take the attribute whose values match the most space ids.</summary>
    public string? BoundaryKey { get; init; }

    /// <summary>Allowed difference between a parent's population and the sum over its children, as a share of the
    /// parent's figure (0.01 = 1 %; the CLI's <c>--tolerance</c> in percent), 0 to 1; default 0: any difference is a
    /// warning (<see cref="Spaces.Region.PopulationMismatches"/>). A difference is never an error.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not within 0 and 1 (or NaN).</exception>
    public double PopulationTolerance
    {
        get;
        init => field = value is >= 0 and <= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(PopulationTolerance), value, "DataLoadOptions.PopulationTolerance: must be a share within 0 and 1 (0.01 = 1 %).");
    }
}
