using System.CommandLine;
using Sozialindikatoren.Data;

namespace Sozialindikatoren.Cli;

/// <summary>The shared <c>--boundaries FILE</c>, <c>--boundaries-key NAME</c> and <c>--tolerance PERCENT</c> options of
/// the commands that read a data set (<c>report</c>, <c>gaps</c>, <c>cuts</c>, <c>validate</c>).</summary>
internal static class CliDataOptions
{
    private const string BoundariesName = "--boundaries";
    private const string KeyName = "--boundaries-key";
    private const string ToleranceName = "--tolerance";

    /// <summary>Adds the three options to a command.</summary>
    public static void AddOptions(Command command)
    {
        command.Options.Add(new Option<string?>(BoundariesName)
        {
            Description = "Gebietsgrenzen als GeoJSON (WGS84) oder Shapefile (.prj: EPSG:25832 oder 4326); ohne Angabe grenzen.geojson/grenzen.shp im Datenordner / boundaries as GeoJSON or shapefile; default: grenzen.geojson or grenzen.shp in the data folder.",
        });
        command.Options.Add(new Option<string?>(KeyName)
        {
            Description = "Attribut der Grenzdatei mit den Raum-IDs (z. B. schluessel, AGS); ohne Angabe das Attribut, dessen Werte zu den Raum-IDs passen / attribute holding the space ids; default: the one whose values match.",
        });
        var tolerance = new Option<double>(ToleranceName)
        {
            Description = "Erlaubte Abweichung der Einwohnerzahl eines Raums von der Summe seiner Teilräume in Prozent, sonst Warnung (Standard 0) / allowed difference between a parent's population and the sum of its children in percent before a warning (default 0).",
            DefaultValueFactory = _ => 0,
        };
        tolerance.Validators.Add(r => { if (CliNumbers.TryValue(r, out double v) && !(v >= 0 && v <= 100)) r.AddError($"{ToleranceName}: must be a percentage from 0 to 100."); });
        command.Options.Add(tolerance);
    }

    /// <summary>The load options of a parsed command: its CSV options, and the three options where the command has them.</summary>
    public static DataLoadOptions Options(ParseResult parse) => new()
    {
        Csv = CliCsv.Options(parse),
        BoundaryFile = parse.GetResult(BoundariesName) is null ? null : parse.GetValue<string?>(BoundariesName),
        BoundaryKey = parse.GetResult(KeyName) is null ? null : parse.GetValue<string?>(KeyName),
        PopulationTolerance = parse.GetResult(ToleranceName) is null ? 0 : parse.GetValue<double>(ToleranceName) / 100,
    };
}
