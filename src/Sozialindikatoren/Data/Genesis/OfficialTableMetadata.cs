using NodaTime;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>
/// The descriptive lines of an official table (<em>Tabellenkopf und -fuß</em>): code, title, measure, <em>Stand</em>,
/// copyright and licence, and every header and footer line as printed.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class OfficialTableMetadata
{
    internal OfficialTableMetadata(OfficialTableFormat format, string encodingName, string? tableCode, string? title, string? measure,
        LocalDate? stand, string? copyright, string? licence, string? sourceLine, IReadOnlyList<string> headerLines, IReadOnlyList<string> footerLines)
    {
        Format = format;
        EncodingName = encodingName;
        TableCode = tableCode;
        Title = title;
        Measure = measure;
        Stand = stand;
        Copyright = copyright;
        Licence = licence;
        SourceLine = sourceLine;
        HeaderLines = headerLines;
        FooterLines = footerLines;
    }

    /// <summary>The layout the table was read from.</summary>
    public OfficialTableFormat Format { get; }

    /// <summary>The text encoding detected: <c>utf-8</c> or <c>windows-1252</c> (ISO-8859-1 is read as its superset Windows-1252).</summary>
    public string EncodingName { get; }

    /// <summary>The table code (<em>Tabellencode</em>, e.g. <c>12411-01-01-4</c>), when the file names it (classic: the
    /// <c>GENESIS-Tabelle:</c>/<c>Tabelle:</c> line; flat: the file name before <c>_flat</c>, else the statistic code).</summary>
    public string? TableCode { get; }

    /// <summary>The title (classic: the first header line after the code; flat: <c>statistics_label</c>).</summary>
    public string? Title { get; }

    /// <summary>The measure with its unit (<em>Merkmal (Einheit)</em>, e.g. <c>Bevölkerungsstand (Anzahl)</c>), when printed.</summary>
    public string? Measure { get; }

    /// <summary>The data state (<em>Stand</em>) from the footer line <c>Stand: dd.mm.yyyy</c>, when present.</summary>
    public LocalDate? Stand { get; }

    /// <summary>The copyright/source line (e.g. <c>© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.</c>), when present.</summary>
    public string? Copyright { get; }

    /// <summary>The licence line (e.g. <c>Datenlizenz Deutschland – Namensnennung – Version 2.0</c>), when present.</summary>
    public string? Licence { get; }

    /// <summary>The source note (a header or footer line starting with <c>Quelle</c>, <c>Datenquelle</c> or <c>Source</c>), when present.</summary>
    public string? SourceLine { get; }

    /// <summary>Every header line before the column headers, as printed (trimmed).</summary>
    public IReadOnlyList<string> HeaderLines { get; }

    /// <summary>Every footer line after the data (notes, copyright, Stand, licence), as printed (trimmed), without the underscore rule.</summary>
    public IReadOnlyList<string> FooterLines { get; }
}
