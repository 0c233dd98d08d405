namespace Sozialindikatoren.Data.Csv;

/// <summary>
/// Where one table of a data set comes from (<em>Tabellenquelle</em>): a CSV file or a worksheet of a workbook. Every
/// table reader opens its table through here, so a sheet and a CSV file go through the same <see cref="CsvInput"/>
/// and the same column rules.
/// </summary>
/// <threadsafety>Immutable; opening is not thread-safe for sheets of the same workbook.</threadsafety>
internal sealed class TableSource
{
    private readonly Func<CsvReadOptions?, CsvInput> _open;

    private TableSource(string name, string? path, Func<CsvReadOptions?, CsvInput> open)
    {
        Name = name;
        Path = path;
        _open = open;
    }

    /// <summary>The table's name in messages: the file name, or the sheet name.</summary>
    public string Name { get; }

    /// <summary>The CSV file, or null for a sheet.</summary>
    public string? Path { get; }

    /// <summary>A CSV file.</summary>
    public static TableSource File(string path) => new(System.IO.Path.GetFileName(path), path, o => CsvInput.Open(path, o));

    /// <summary>A worksheet of an open workbook.</summary>
    public static TableSource Sheet(Workbook workbook, string sheet) => new(sheet, null, o => CsvInput.Open(workbook, sheet, o));

    /// <summary>Opens the table (the caller disposes it).</summary>
    public CsvInput Open(CsvReadOptions? options) => _open(options);
}
