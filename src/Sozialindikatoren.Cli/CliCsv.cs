using System.CommandLine;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Cli;

/// <summary>The shared <c>--encoding</c> and <c>--number-format</c> options of every command that reads CSV, and the
/// one way the CLI prints what each CSV file was read as (warnings and format notes).</summary>
internal static class CliCsv
{
    private const string EncodingName = "--encoding";
    private const string NumberFormatName = "--number-format";
    private const string MaxInputName = "--max-input-mb";

    /// <summary>Adds <c>--encoding</c>, <c>--number-format</c> and <c>--max-input-mb</c> to a command.</summary>
    public static void AddOptions(Command command)
    {
        AddEncodingOption(command);
        var format = new Option<string>(NumberFormatName)
        {
            Description = "Zahlenformat der CSV-Eingaben / number format of CSV inputs: auto (';' → de, ',' → invariant), de (1.234,5), invariant (1234.5).",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "de", "invariant");
        var maxInput = new Option<int>(MaxInputName)
        {
            Description = "Größenlimit ganz gelesener Eingaben (JSON-Datensatz, Szenario-JSON) in MB / size limit of inputs read whole (JSON data set, scenario JSON) in MB; default 200.",
            DefaultValueFactory = _ => (int)(CsvReadOptions.DefaultMaxInputBytes / (1024 * 1024)),
        };
        maxInput.Validators.Add(r => { if (CliNumbers.TryValue(r, out int v) && v <= 0) r.AddError($"{MaxInputName}: must be a positive number of MB."); });
        command.Options.Add(format);
        command.Options.Add(maxInput);
    }

    /// <summary>Adds only <c>--encoding</c> (for <c>import-genesis</c>, whose number format and size limit are the
    /// official tables' own).</summary>
    public static void AddEncodingOption(Command command)
    {
        var encoding = new Option<string>(EncodingName)
        {
            Description = "Zeichenkodierung der CSV-Eingaben / encoding of CSV inputs: auto (UTF-8 mit oder ohne BOM, sonst Windows-1252 / UTF-8 with or without BOM, else Windows-1252), utf-8, windows-1252.",
            DefaultValueFactory = _ => "auto",
        };
        encoding.AcceptOnlyFromAmong("auto", "utf-8", "windows-1252");
        command.Options.Add(encoding);
    }

    /// <summary>The reading options of a parsed command (defaults when the command has no such options).</summary>
    public static CsvReadOptions Options(ParseResult parse)
    {
        var e = parse.GetResult(EncodingName) is null ? null : parse.GetValue<string>(EncodingName);
        var f = parse.GetResult(NumberFormatName) is null ? null : parse.GetValue<string>(NumberFormatName);
        // Both values were validated by the parser (AcceptOnlyFromAmong); an unknown one cannot reach here.
        if (!CsvReadOptions.TryParseEncoding(e, out var encoding)) encoding = CsvEncoding.Auto;
        if (!CsvReadOptions.TryParseNumberFormat(f, out var numbers)) numbers = CsvNumberFormat.Auto;
        var maxBytes = parse.GetResult(MaxInputName) is null ? CsvReadOptions.DefaultMaxInputBytes : parse.GetValue<int>(MaxInputName) * 1024L * 1024L;
        return encoding == CsvEncoding.Auto && numbers == CsvNumberFormat.Auto && maxBytes == CsvReadOptions.DefaultMaxInputBytes
            ? CsvReadOptions.Default
            : new CsvReadOptions { Encoding = encoding, NumberFormat = numbers, MaxInputBytes = maxBytes };
    }

    /// <summary>Prints warnings and notes (one line each: <c>warning: …</c>, <c>note: file: read as …</c>).</summary>
    public static void PrintNotes(IEnumerable<DataProblem> notes, TextWriter stderr)
    {
        foreach (var n in notes) stderr.WriteLine(n.ToString());
    }
}
