using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Data.Excel;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The report's tables for spreadsheet users (<em>Tabellen für Excel</em>): <c>report.xlsx</c> with every table of the
/// <see cref="ReportDocument"/> as a sheet, and the CSVs as German Excel opens them on a double click (<c>csv-de/</c>).
/// </summary>
/// <remarks>
/// <para>Both are built from the tables as the report shows them (headers and labels in the report's language): a
/// cell written as a number (<c>1.234,5</c>), percentage (<c>12,5 %</c>, stored as 0.125), amount (<c>60.000 €</c>) or date
/// (<c>31.12.2024</c>) becomes a typed cell with the matching number format; <c>–</c> is an empty cell; everything else
/// is text. Values carry the precision the report shows; the machine CSVs next to the report keep full precision.</para>
/// <para>Sheets are named after the table's CSV file (without <c>.csv</c>), else its title, at most 31 characters and
/// unique. Every sheet has a bold frozen header row and an autofilter.</para>
/// <para>German CSVs: <c>;</c> as delimiter, UTF-8 with BOM, decimal comma, the report's headers and labels, one file per
/// table that has a CSV name, under the same name.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class ReportWorkbook
{
    /// <summary>The file name of the workbook in a report folder.</summary>
    public const string FileName = "report.xlsx";

    /// <summary>The sub-folder of the German CSVs (<c>report --csv de</c>).</summary>
    public const string GermanCsvFolder = "csv-de";

    /// <summary>The workbook of a report's tables.</summary>
    /// <param name="document">The report.</param>
    /// <returns>The <c>.xlsx</c> bytes (deterministic for the same report).</returns>
    public static byte[] ToXlsx(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tables = document.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>().ToList();
        var sheets = tables.Select((t, i) => new XlsxSheet(SheetName(t, i),
            t.Table.Columns.Select(c => new XlsxColumn(c)).ToArray(),
            t.Table.Rows.Select(r => (IReadOnlyList<XlsxCell>)r.Select(v => Typed(v, document.Language)).ToArray()).ToArray())).ToArray();
        using var stream = new MemoryStream();
        Xlsx.Write(stream, sheets);
        return stream.ToArray();
    }

    /// <summary>The German-Excel CSVs of a report: one per table with a CSV name (<c>;</c>, UTF-8 with BOM, the report's
    /// headers and labels, decimal comma, no thousands separators).</summary>
    /// <param name="document">The report.</param>
    /// <returns>File names (as the machine CSVs) and their text; the text starts with U+FEFF (the BOM).</returns>
    public static IReadOnlyList<(string Name, string Content)> GermanCsvFiles(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.CsvTables.Select(t => (t.CsvName!, "\uFEFF" + Csv.ToText(t.Table.Columns,
            t.Table.Rows.Select(r => (IReadOnlyList<string>)r.Select(v => GermanCell(Typed(v, document.Language), v)).ToArray()), ';').Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
    }

    private static string SheetName(ReportTable table, int index) =>
        table.CsvName is { } csv ? Path.GetFileNameWithoutExtension(csv)
        : table.Table.Title is { Length: > 0 } title ? title
        : "Tabelle " + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string GermanCell(XlsxCell cell, string display) => cell.Value switch
    {
        null => "",
        double d when cell.Format == XlsxFormat.Percent => (d * 100).ToString("R", CultureInfo.InvariantCulture).Replace('.', ',') + " %",
        double d => d.ToString("R", CultureInfo.InvariantCulture).Replace('.', ','),
        decimal m => m.ToString(CultureInfo.InvariantCulture).Replace('.', ',') + (cell.Format == XlsxFormat.Euro ? " €" : ""),
        LocalDate date => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        _ => display,
    };

    private static readonly LocalDatePattern GermanDate = LocalDatePattern.CreateWithInvariantCulture("dd'.'MM'.'uuuu");

    /// <summary>A displayed cell as a typed value (see the remarks).</summary>
    internal static XlsxCell Typed(string text, Language language)
    {
        var t = text.Trim();
        if (t.Length == 0 || t is "–" or "-" or "—") return new XlsxCell(null);
        var german = language != Language.English;
        var format = german ? CsvNumberFormat.German : CsvNumberFormat.Invariant;
        var date = german ? GermanDate.Parse(t) : LocalDatePattern.Iso.Parse(t);
        if (date.Success) return new XlsxCell(date.Value, XlsxFormat.Date);
        if (!german) t = t.Replace(",", "", StringComparison.Ordinal); // English thousands separators
        if (t.EndsWith('%'))
        {
            var p = t[..^1].TrimEnd();
            if (CsvNumber.TryParseDouble(p, format, false, out var share, out _)) return new XlsxCell(share / 100, XlsxFormat.Percent);
            return new XlsxCell(text);
        }
        if (t.Contains('€', StringComparison.Ordinal))
            return CsvNumber.TryParseDecimal(t, format, true, out var euro, out _) ? new XlsxCell(euro, XlsxFormat.Euro) : new XlsxCell(text);
        if (!t.Any(char.IsAsciiDigit) || t.Any(char.IsLetter)) return new XlsxCell(text);
        // Keys with a leading zero (an AGS 05970004) stay text.
        if (t.Length > 1 && t[0] == '0' && char.IsAsciiDigit(t[1])) return new XlsxCell(text);
        if (CsvNumber.TryParseDouble(t, format, false, out var number, out _))
            return new XlsxCell(number, t.Contains(german ? ',' : '.', StringComparison.Ordinal) ? XlsxFormat.Decimal : XlsxFormat.Integer);
        return new XlsxCell(text);
    }
}
