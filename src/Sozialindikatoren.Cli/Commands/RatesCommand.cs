using System.CommandLine;
using System.Globalization;
using System.Text;
using Sozialindikatoren.Statistics;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren rates --input FILE [--method wilson|exact|byar|auto] [--level 0.95] [--per N] [--out FILE]</c>:
/// rates or proportions with confidence intervals for a CSV with header <c>id,count,denominator</c>.
/// </summary>
internal static class RatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV mit Kopfzeile id,count,denominator / input CSV with header id,count,denominator.", Required = true };
        var method = new Option<string>("--method") { Description = "wilson (Anteil/proportion), exact, byar oder/or auto (exact < 10 Ereignisse/events, sonst/else byar).", DefaultValueFactory = _ => "auto" };
        method.AcceptOnlyFromAmong("wilson", "exact", "byar", "auto");
        var level = new Option<double>("--level") { Description = "Konfidenzniveau / confidence level in (0, 1), e.g. 0.95 or 0.998.", DefaultValueFactory = _ => 0.95 };
        level.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<double>();
            if (!(v > 0 && v < 1)) r.AddError(string.Create(CultureInfo.InvariantCulture, $"--level must lie strictly between 0 and 1, was {v:R}."));
        });
        var per = new Option<double>("--per") { Description = "Multiplikator / multiplier (1, 100, 1000, 100000); rate = count/denominator × per.", DefaultValueFactory = _ => 1.0 };
        per.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<double>();
            if (!(v > 0) || !double.IsFinite(v)) r.AddError(string.Create(CultureInfo.InvariantCulture, $"--per must be a finite positive number, was {v:R}."));
        });
        var output = new Option<FileInfo?>("--out") { Description = "Ausgabedatei / output CSV (default: standard output)." };

        var command = new Command("rates", "Raten und Anteile mit Konfidenzintervallen / rates and proportions with confidence intervals.");
        command.Options.Add(input);
        command.Options.Add(method);
        command.Options.Add(level);
        command.Options.Add(per);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            if (!IntervalMethodExtensions.TryParseCode(parse.GetValue(method), out var m)) return CliApp.UsageError;
            return Run(parse.GetValue(input)!, m, new ConfidenceLevel(parse.GetValue(level)), parse.GetValue(per), parse.GetValue(output), stdout, stderr, CliOutput.Force(parse));
        });
        return command;
    }

    internal static int Run(FileInfo input, IntervalMethod method, ConfidenceLevel level, double per, FileInfo? output, TextWriter stdout, TextWriter stderr, bool force = false)
    {
        if (!input.Exists)
        {
            stderr.WriteLine($"Fehler / error: {input.FullName}: Datei nicht gefunden / file not found.");
            return CliApp.InvalidInput;
        }
        var errors = new List<string>();
        var ids = new List<string>();
        var rows = new List<RateInput>();
        var lines = new List<int>();
        var isProportion = method == IntervalMethod.Wilson;
        try
        {
            using var reader = CsvDataReader.Create(input.FullName, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
            int idCol = Ordinal(reader, "id"), countCol = Ordinal(reader, "count"), denCol = Ordinal(reader, "denominator");
            if (idCol < 0 || countCol < 0 || denCol < 0)
            {
                stderr.WriteLine($"Fehler / error: {input.Name}, line 1: header must contain id,count,denominator (found: {HeaderText(reader)}).");
                return CliApp.InvalidInput;
            }
            // Sylvan numbers records, not physical lines: add the line breaks inside quoted fields seen so far.
            var extraLines = 0;
            while (reader.Read())
            {
                var line = reader.RowNumber + 1 + extraLines;
                var blank = true;
                for (var f = 0; f < reader.FieldCount; f++)
                {
                    var text = reader.GetString(f);
                    if (text.Length > 0) blank = false;
                    extraLines += text.Count(c => c == '\n');
                }
                if (blank) continue;
                var id = reader.FieldCount > idCol ? reader.GetString(idCol) : "";
                var countText = reader.FieldCount > countCol ? reader.GetString(countCol) : "";
                var denText = reader.FieldCount > denCol ? reader.GetString(denCol) : "";
                if (string.IsNullOrWhiteSpace(id))
                {
                    errors.Add($"{input.Name}, line {line}, field id: empty id.");
                    continue;
                }
                if (!RateInput.TryParse(countText, denText, isProportion, out var row, out var error, out var field))
                {
                    var value = field == "count" ? countText : denText;
                    errors.Add($"{input.Name}, line {line}, field {field}, value '{value}': {error}.");
                    continue;
                }
                ids.Add(id);
                rows.Add(row);
                lines.Add(line);
            }
        }
        catch (Exception ex) when (ex is IOException or CsvFormatException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Fehler / error: {input.Name}: {ex.Message}");
            return CliApp.InvalidInput;
        }
        if (errors.Count == 0 && rows.Count == 0) errors.Add($"{input.Name}: no data rows.");
        if (errors.Count > 0)
        {
            foreach (var e in errors) stderr.WriteLine("Fehler / error: " + e);
            stderr.WriteLine($"{errors.Count} fehlerhafte Zeile(n) / invalid row(s); nothing written.");
            return CliApp.InvalidInput;
        }

        var counts = new long[rows.Count];
        var dens = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++) (counts[i], dens[i]) = (rows[i].Count, rows[i].Denominator);
        var values = new double[rows.Count];
        var lower = new double[rows.Count];
        var upper = new double[rows.Count];
        var used = new IntervalMethod[rows.Count];
        Rates.Intervals(counts, dens, method, level, per, values, lower, upper, used);

        var sb = new StringBuilder();
        sb.Append("id,count,denominator,value,lower,upper,method\n");
        for (var i = 0; i < rows.Count; i++)
        {
            sb.Append(Escape(ids[i])).Append(',')
              .Append(counts[i].ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(R(dens[i])).Append(',')
              .Append(R(values[i])).Append(',')
              .Append(R(lower[i] > 0 ? lower[i] : 0)).Append(',')
              .Append(R(upper[i])).Append(',')
              .Append(used[i].ToCode()).Append('\n');
        }
        if (output is null)
        {
            stdout.Write(sb.ToString());
        }
        else
        {
            if (CliOutput.WriteFile(force, output.FullName, [input.FullName], stderr, w => w.Write(sb.ToString())) is { } failed) return failed;
            stderr.WriteLine($"{rows.Count} Zeilen / rows → {output.FullName}");
        }
        return CliApp.Ok;
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static int Ordinal(CsvDataReader reader, string name)
    {
        for (var i = 0; i < reader.FieldCount; i++)
            if (string.Equals(reader.GetName(i).Trim(), name, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static string HeaderText(CsvDataReader reader) =>
        string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));

    private static string Escape(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
