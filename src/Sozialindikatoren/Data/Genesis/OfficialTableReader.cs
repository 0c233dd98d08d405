using System.Globalization;
using System.IO.Compression;
using System.Text;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>
/// Reads official statistical tables of GENESIS-Online, the Regionaldatenbank Deutschland (regionalstatistik.de), the
/// Landesdatenbank NRW and the Zensus database (<em>Tabellen der amtlichen Statistik</em>) in either CSV layout, plain or
/// zipped, into an <see cref="OfficialTable"/>.
/// </summary>
/// <remarks>
/// <para><b>Detection.</b> A ZIP archive (<c>PK</c> signature) is opened and its single CSV entry (or the entry ending
/// in <c>_flat.csv</c>) is read. The text goes through the library's one CSV input path: the encoding is decided as for
/// every CSV input (UTF-8 with or without BOM when the bytes are valid UTF-8, UTF-16 with its BOM, otherwise
/// Windows-1252, the superset of ISO-8859-1; or as requested, the CLI's <c>--encoding</c>), and records and fields
/// are split by the library's RFC 4180 tokenizer with <c>;</c>, keeping physical line numbers. A first line holding <c>statistics_code</c>/<c>value</c>
/// (2024 flat layout) or <c>Statistik_Code</c>/<c>Zeit</c> (older flat layout) selects the flat reader; anything else
/// is read as a classic table.</para>
/// <para><b>Classic table.</b> Separator <c>;</c>, decimal comma. Header lines (only the first cell filled) give the
/// table code (<c>GENESIS-Tabelle: …</c> or <c>Tabelle: …</c>), the title and the measure; then 1–n column header rows
/// whose leading cells are empty: a row of periods (<c>31.12.2023</c> or <c>2023</c>) and rows of attributes
/// (<c>Insgesamt;männlich;weiblich</c>), empty header cells continuing the value to their left; then data rows
/// <c>key;name;[row attributes;]v1;v2;…</c>, or <c>period;key;name;[row attributes;]v1;…</c> when the time is in the
/// rows (recognised by a year or date in the first cell of the first data row); names indented with spaces; then the
/// footer from a line of underscores (or the first line with only its first cell filled): notes, ©, <c>Stand:</c>,
/// licence. Each value becomes one cell whose variable is its row attributes and the attribute header values of its
/// column, joined with <c> | </c> (the measure when there are none).</para>
/// <para><b>Flat table.</b> One value per row. 2024 layout: <c>time</c>, <c>value</c>, <c>value_q</c>,
/// <c>value_variable_label</c>, <c>value_unit</c> and, per dimension k, <c>k_variable_code</c>,
/// <c>k_variable_attribute_code</c>, <c>k_variable_attribute_label</c>. Older layout: <c>Zeit</c>,
/// <c>k_Merkmal_Code</c>, <c>k_Auspraegung_Code</c>, <c>k_Auspraegung_Label</c> and one column
/// <c>CODE__Label__Unit</c> (with <c>CODE__Label__q</c>) per measure. The regional dimension is the one whose variable
/// code is <c>DINSG</c>, <c>DLAND</c>, <c>REGBEZ</c>, <c>KREISE</c>, <c>GEMEIN</c>, <c>GEMVB</c> or starts with
/// <c>GEO</c>; its attribute code is the area key and its label the name. The other dimensions' attribute labels form
/// the variable (joined with <c> | </c>), preceded by the measure when the file holds more than one.</para>
/// <para><b>Values.</b> Symbols map as documented on <see cref="OfficialSymbols"/>; decimal comma or point, one kind
/// per file (a file mixing both is rejected); the number itself is converted by the CSV inputs' number rule (German
/// for a comma, invariant for a point).</para>
/// <para><b>Errors.</b> Bad content throws <see cref="DataProblemException"/> only: structural problems (no column
/// headers, a truncated row, an unknown period) at once, bad cells after the whole file was read, all listed (at most
/// 100).</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class OfficialTableReader
{
    /// <summary>The default limit on the size of a file (and of an unzipped entry): 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    internal const int MaxProblems = 100;

    /// <summary>Reads a table from a stream (the stream is read to its end, not closed).</summary>
    /// <param name="stream">The file content (CSV or ZIP).</param>
    /// <param name="sourceName">The file name used in error messages (and, for flat files, to find the table code).</param>
    /// <param name="maxBytes">The size limit for the file and for an unzipped entry.</param>
    /// <param name="encoding">The encoding; <see cref="CsvEncoding.Auto"/> (default) detects it as for every CSV input.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataProblemException">The content is not a valid official table (the message names file, line, column and value).</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static OfficialTable Read(Stream stream, string sourceName, long maxBytes = DefaultMaxBytes, CsvEncoding encoding = CsvEncoding.Auto)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var bytes = ReadAll(stream, maxBytes, sourceName);
        return Parse(bytes, sourceName, maxBytes, encoding);
    }

    /// <summary>Reads a table from the bytes of a file (CSV or ZIP).</summary>
    /// <param name="content">The file content.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <param name="maxBytes">The size limit for an unzipped entry.</param>
    /// <param name="encoding">The encoding; <see cref="CsvEncoding.Auto"/> (default) detects it as for every CSV input
    /// (<see cref="CsvEncoding.Utf16"/> cannot be forced and counts as Auto).</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataProblemException">The content is not a valid official table, or not valid UTF-8 although
    /// UTF-8 was requested or the file starts with a UTF-8 byte order mark.</exception>
    public static OfficialTable Parse(byte[] content, string sourceName, long maxBytes = DefaultMaxBytes, CsvEncoding encoding = CsvEncoding.Auto)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var name = sourceName;
        if (content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K' && content[2] is 3 or 5 && content[3] is 4 or 6)
        {
            (content, name) = Unzip(content, sourceName, maxBytes);
        }
        using var stream = new MemoryStream(content, writable: false);
        var (used, _) = TextEncodingDetection.Detect(stream, encoding == CsvEncoding.Utf16 ? CsvEncoding.Auto : encoding, name);
        var text = TextEncodingDetection.GetString(content.AsSpan((int)stream.Position), used);
        return ParseText(text, name, CsvReadOptions.Code(used).ToLowerInvariant());
    }

    /// <summary>Reads a table from already decoded text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <returns>The table (its <see cref="OfficialTableMetadata.EncodingName"/> is <c>text</c>).</returns>
    /// <exception cref="DataProblemException">The content is not a valid official table.</exception>
    public static OfficialTable ParseText(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ParseText(text, sourceName, "text");
    }

    /// <summary>
    /// Tells whether content looks like an official table, without reading it fully: a ZIP archive, a flat-file header
    /// (<c>statistics_code</c>/<c>Statistik_Code</c>), or a classic table (a first line starting with
    /// <c>GENESIS-Tabelle:</c>, <c>Tabelle:</c> or <c>Table:</c>, or a column header row starting with <c>;;</c> within
    /// the first 40 lines). Use it to route files of a data folder: other CSVs (e.g. <c>key,name,…</c>) give null.
    /// </summary>
    /// <param name="content">The file content, or its first few kilobytes.</param>
    /// <returns>The layout, or null when the content does not look like an official table (a ZIP gives <see cref="OfficialTableFormat.Flat"/>).</returns>
    public static OfficialTableFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K' && content[2] is 3 or 5 && content[3] is 4 or 6)
            return OfficialTableFormat.Flat;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        var head = content[..Math.Min(content.Length, 16 * 1024)];
        var text = Encoding.Latin1.GetString(head);
        if (IsFlat(text)) return OfficialTableFormat.Flat;
        var lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].TrimStart('"');
            if (lineNumber == 0 && (line.StartsWith("GENESIS-Tabelle:", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Tabelle:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Table:", StringComparison.OrdinalIgnoreCase)))
                return OfficialTableFormat.Classic;
            if (line.StartsWith(";;") && line.TrimStart(';').Trim().Length > 0) return OfficialTableFormat.Classic;
            if (++lineNumber >= 40) break;
        }
        return null;
    }

    private static OfficialTable ParseText(string text, string name, string encoding)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        OfficialTable table;
        using (var csv = new CsvTokenizer(new StringReader(text), ';'))
        {
            try
            {
                table = IsFlat(text)
                    ? FlatTableParser.Parse(csv, name, encoding)
                    : ClassicTableParser.Parse(csv, text.AsSpan().Count('\n') + 1, name, encoding);
            }
            catch (CsvSyntaxException e)
            {
                throw MalformedCsv(name, e);
            }
        }
        // A table without a single cell would import as an empty long CSV with exit 0 (a truncated download).
        if (table.Cells.Count == 0)
            throw new DataProblemException(new DataProblem(name, 0, 0, null, null, "the table has no data rows (header only: a truncated download or export?)."));
        var implausible = table.Cells.Where(c => c.Observation.HasValue && PlausibleRange.CheckMagnitude(c.Observation.Value) is not null)
            .Select(c => new DataProblem(name, c.Line, c.Column, c.Variable, c.Observation.Value.ToString("R", CultureInfo.InvariantCulture), PlausibleRange.CheckMagnitude(c.Observation.Value)!))
            .Take(200).ToArray();
        if (implausible.Length > 0) throw new DataProblemException(implausible);
        return table;
    }

    private static bool IsFlat(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var first = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        foreach (var range in first.Split(';'))
        {
            var cell = first[range].Trim().Trim('"');
            if (cell is "statistics_code" or "value_variable_code" or "Statistik_Code" or "Zeit_Code") return true;
        }
        return false;
    }

    private static byte[] ReadAll(Stream stream, long maxBytes, string source) =>
        InputBytes.ReadAll(stream, maxBytes, _ => new DataProblemException(new DataProblem(source, 0, 0, null, null, $"larger than the limit of {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes")));

    private static (byte[] Content, string Name) Unzip(byte[] content, string source, long maxBytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var csv = archive.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
            var entry = csv.Count == 1 ? csv[0]
                : csv.FirstOrDefault(e => e.FullName.EndsWith("_flat.csv", StringComparison.OrdinalIgnoreCase));
            if (entry is null)
                throw new DataProblemException(new DataProblem(source, 0, 0, null, null,
                    csv.Count == 0 ? "the ZIP archive holds no .csv file" : $"the ZIP archive holds {csv.Count.ToString(CultureInfo.InvariantCulture)} .csv files and none ends in _flat.csv"));
            using var entryStream = entry.Open();
            var name = source + "!" + entry.FullName;
            return (ReadAll(entryStream, maxBytes, name), name);
        }
        catch (InvalidDataException e)
        {
            throw new DataProblemException(new DataProblem(source, 0, 0, null, null, "not a valid ZIP archive: " + e.Message), e);
        }
        catch (NotSupportedException e)
        {
            throw new DataProblemException(new DataProblem(source, 0, 0, null, null, "unsupported ZIP archive: " + e.Message), e);
        }
        catch (IOException e)
        {
            throw new DataProblemException(new DataProblem(source, 0, 0, null, null, "damaged ZIP archive: " + e.Message), e);
        }
    }

    /// <summary>A tokenizer's structural error (a quoted field without its closing quote) as the one problem type,
    /// naming file, line and field.</summary>
    internal static DataProblemException MalformedCsv(string source, CsvSyntaxException e) =>
        new(new DataProblem(source, e.Line, e.Field, null, null, "malformed CSV: " + e.Problem), e);

    /// <summary>Whether every field of the current record from <paramref name="start"/> on is blank (0: the record is
    /// blank; 1: only its first cell may be filled).</summary>
    internal static bool BlankFrom(CsvTokenizer csv, int start)
    {
        for (var i = start; i < csv.FieldCount; i++)
            if (!csv[i].IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>Finds <c>Stand</c>, copyright and licence in header and footer lines.</summary>
    internal static (LocalDate? Stand, string? Copyright, string? Licence, string? SourceLine) FindProvenance(IEnumerable<string> lines)
    {
        LocalDate? stand = null;
        string? copyright = null, licence = null, sourceLine = null;
        foreach (var line in lines)
        {
            if (sourceLine is null && (line.StartsWith("Quelle", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Datenquelle", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Source", StringComparison.OrdinalIgnoreCase)))
                sourceLine = line;
            if (stand is null && line.StartsWith("Stand", StringComparison.OrdinalIgnoreCase))
            {
                var span = line.AsSpan();
                for (var i = 0; i + 10 <= span.Length; i++)
                {
                    if (TablePeriod.TryParse(span.Slice(i, 10), out var p) && p.Kind == TablePeriodKind.Date)
                    {
                        stand = p.Date;
                        break;
                    }
                }
            }
            if (copyright is null && (line.StartsWith('©') || line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)))
                copyright = line;
            if (licence is null && (line.Contains("lizenz", StringComparison.OrdinalIgnoreCase) || line.Contains("licen", StringComparison.OrdinalIgnoreCase) || line.Contains("dl-de", StringComparison.OrdinalIgnoreCase)))
                licence = line;
        }
        return (stand, copyright, licence, sourceLine);
    }

    /// <summary>Counts leading spaces (the indentation of a name).</summary>
    internal static int Indentation(ReadOnlySpan<char> name)
    {
        var i = 0;
        while (i < name.Length && (name[i] == ' ' || name[i] == '\u00A0')) i++;
        return i;
    }
}
