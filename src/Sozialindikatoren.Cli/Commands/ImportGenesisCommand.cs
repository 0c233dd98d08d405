using System.CommandLine;
using System.Globalization;
using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Genesis;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Cli.Commands;

/// <summary><c>sozialindikatoren import-genesis FILE --out FILE</c>: an official table (classic or flat CSV, plain or zipped) to the long CSV.</summary>
internal static class ImportGenesisCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<FileInfo>("FILE")
        {
            Description = "GENESIS-/Regionalstatistik-/Landesdatenbank-Tabelle: klassische Tabellen-CSV oder Flatfile-CSV (auch .zip) / official table, classic or flat CSV, plain or zipped.",
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Ziel-CSV im Langformat key,name,period,variable,value,status / long CSV to write.",
            Required = true,
        };
        var command = new Command("import-genesis",
            "Wandelt eine amtliche Tabelle (GENESIS, Regionalstatistik, Landesdatenbank NRW) in eine lange CSV um / converts an official table into a long CSV "
            + "(key,name,period,variable,value,status; Zeichen wie '-', '.', 'x' werden zu Status-Codes).");
        command.Arguments.Add(input);
        command.Options.Add(output);
        CliCsv.AddEncodingOption(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            var outFile = parse.GetValue(output)!;
            if (!file.Exists)
            {
                stderr.WriteLine($"Fehler / error: {file.FullName}: Datei nicht gefunden / file not found.");
                return CliApp.InvalidInput;
            }
            OfficialTable table;
            try
            {
                using var stream = file.OpenRead();
                table = OfficialTableReader.Read(stream, file.Name, encoding: CliCsv.Options(parse).Encoding);
            }
            catch (DataProblemException e)
            {
                CliData.PrintProblems(e.Problems, stderr);
                return CliApp.InvalidInput;
            }
            catch (IOException e)
            {
                stderr.WriteLine($"Fehler / error: {file.FullName}: {e.Message}");
                return CliApp.InvalidInput;
            }
            catch (UnauthorizedAccessException e)
            {
                stderr.WriteLine($"Fehler / error: {file.FullName}: {e.Message}");
                return CliApp.InvalidInput;
            }
            if (CliOutput.WriteFile(parse, outFile.FullName, [file.FullName], stderr, w => OfficialTableLongCsv.Write(table, w)) is { } failed) return failed;
            var m = table.Metadata;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.Name}: {(m.TableCode ?? "(ohne Tabellencode)")} {m.Title} [{m.Format}, {m.EncodingName}]"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{table.Cells.Count} Werte / values, {table.AreaKeys().Count} Gebiete / areas, {table.Periods().Count} Zeiträume / periods, {table.Variables().Count} Merkmale / variables -> {outFile.FullName}"));
            var statuses = table.CellSpan.ToArray().GroupBy(c => c.Observation.Status).OrderBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.ToCode()} {g.Count()}"));
            stdout.WriteLine("Status: " + string.Join(", ", statuses));
            return CliApp.Ok;
        });
        return command;
    }
}
