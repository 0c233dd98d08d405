namespace Sozialindikatoren.Data.Csv;

/// <summary>The text encoding of a CSV input (<em>Zeichenkodierung</em>).</summary>
public enum CsvEncoding
{
    /// <summary>Detect: UTF-8 (with or without BOM) when the whole file is valid UTF-8, else Windows-1252; UTF-16 when
    /// the file starts with a UTF-16 BOM.</summary>
    Auto = 0,
    /// <summary>UTF-8 (a BOM is skipped); invalid bytes are an error, never replacement characters.</summary>
    Utf8 = 1,
    /// <summary>Windows-1252 (Western European, what German Excel writes as "CSV (Trennzeichen-getrennt)").</summary>
    Windows1252 = 2,
    /// <summary>UTF-16 little endian with BOM (Excel's "Unicode-Text"); only detected, never forced.</summary>
    Utf16 = 3,
}

/// <summary>How numbers are written in a CSV input (<em>Zahlenformat</em>).</summary>
public enum CsvNumberFormat
{
    /// <summary>Decided by the delimiter: <c>;</c> → <see cref="German"/>, <c>,</c> or tab → <see cref="Invariant"/>.</summary>
    Auto = 0,
    /// <summary>German: decimal comma, <c>.</c> (or a space) only as thousands separator in groups of three
    /// (<c>1.234,5</c>, <c>1.000</c> = 1000).</summary>
    German = 1,
    /// <summary>Invariant: decimal point, no thousands separator but a space in groups of three (<c>1234.5</c>); a
    /// <c>,</c> inside a number is an error (ambiguous).</summary>
    Invariant = 2,
}

/// <summary>
/// How CSV inputs are read (<em>Leseoptionen</em>): the encoding and the number format, both detected by default
/// (<see cref="Default"/>). The CLI's <c>--encoding utf-8|windows-1252</c> and <c>--number-format de|invariant</c>
/// set them. The rules: docs/data-format.md, "Encoding and numbers".
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed record CsvReadOptions
{
    /// <summary>Detect encoding and number format.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>The encoding; <see cref="CsvEncoding.Auto"/> (default) detects it. <see cref="CsvEncoding.Utf16"/>
    /// cannot be forced (it counts as Auto).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a member of <see cref="CsvEncoding"/>.</exception>
    public CsvEncoding Encoding
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Encoding), value, "CsvReadOptions.Encoding: unknown encoding.");
    } = CsvEncoding.Auto;

    /// <summary>The number format; <see cref="CsvNumberFormat.Auto"/> (default) follows the delimiter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a member of <see cref="CsvNumberFormat"/>.</exception>
    public CsvNumberFormat NumberFormat
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(NumberFormat), value, "CsvReadOptions.NumberFormat: unknown number format.");
    } = CsvNumberFormat.Auto;

    /// <summary>The ids of the spaces of the data set being read, or null: a 7-digit key in a key column whose
    /// zero-padded form is one of them is read padded, with a warning (<see cref="CsvInput.SpaceKey(int)"/>).</summary>
    internal IReadOnlySet<string>? KnownSpaceIds { get; init; }

    /// <summary>The default size limit of whole-file inputs: 200 MB (209,715,200 bytes).</summary>
    public const long DefaultMaxInputBytes = 200L * 1024 * 1024;

    /// <summary>The size limit in bytes of inputs read whole into memory (JSON data sets, scenario JSON); a larger file
    /// is refused with a problem before it is read (the CLI's <c>--max-input-mb</c>). Streamed CSV row files have no
    /// limit. Default <see cref="DefaultMaxInputBytes"/>; must be positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero or negative.</exception>
    public long MaxInputBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxInputBytes), value, "CsvReadOptions.MaxInputBytes: must be > 0 bytes.");
    } = DefaultMaxInputBytes;

    /// <summary>Parses the CLI code of an encoding: <c>auto</c>, <c>utf-8</c> (also <c>utf8</c>), <c>windows-1252</c>
    /// (also <c>cp1252</c>, <c>latin1</c>, <c>ansi</c>); case-insensitive.</summary>
    /// <param name="code">The code.</param>
    /// <param name="encoding">The encoding when known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseEncoding(string? code, out CsvEncoding encoding)
    {
        switch ((code ?? "").Trim().ToLowerInvariant())
        {
            case "auto" or "": encoding = CsvEncoding.Auto; return true;
            case "utf-8" or "utf8": encoding = CsvEncoding.Utf8; return true;
            case "windows-1252" or "cp1252" or "latin1" or "ansi": encoding = CsvEncoding.Windows1252; return true;
            default: encoding = CsvEncoding.Auto; return false;
        }
    }

    /// <summary>Parses the CLI code of a number format: <c>auto</c>, <c>de</c> (also <c>german</c>),
    /// <c>invariant</c> (also <c>en</c>); case-insensitive.</summary>
    /// <param name="code">The code.</param>
    /// <param name="format">The format when known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseNumberFormat(string? code, out CsvNumberFormat format)
    {
        switch ((code ?? "").Trim().ToLowerInvariant())
        {
            case "auto" or "": format = CsvNumberFormat.Auto; return true;
            case "de" or "german" or "deutsch": format = CsvNumberFormat.German; return true;
            case "invariant" or "en": format = CsvNumberFormat.Invariant; return true;
            default: format = CsvNumberFormat.Auto; return false;
        }
    }

    /// <summary>The code of an encoding as the summary and the CLI write it: <c>UTF-8</c>, <c>windows-1252</c>,
    /// <c>UTF-16</c>, <c>auto</c>.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The code.</returns>
    public static string Code(CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Utf8 => "UTF-8",
        CsvEncoding.Windows1252 => "windows-1252",
        CsvEncoding.Utf16 => "UTF-16",
        _ => "auto",
    };

    /// <summary>The code of a number format: <c>de</c>, <c>invariant</c>, <c>auto</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The code.</returns>
    public static string Code(CsvNumberFormat format) => format switch
    {
        CsvNumberFormat.German => "de",
        CsvNumberFormat.Invariant => "invariant",
        _ => "auto",
    };
}
