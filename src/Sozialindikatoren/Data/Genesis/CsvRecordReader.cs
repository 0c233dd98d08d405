using Sozialindikatoren.Common;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>
/// Reads <c>;</c>-separated records with Sylvan.Data.Csv and keeps physical line numbers; Sylvan's own format errors
/// become <see cref="DataProblemException"/>s naming file and line.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private const int MaxRecordChars = 16 * 1024 * 1024;
    private readonly CsvDataReader _reader;
    private readonly string _source;
    private int _nextLine = 1;

    public CsvRecordReader(string text, string source, char delimiter = ';')
    {
        _source = source;
        var options = new CsvDataReaderOptions
        {
            Delimiter = delimiter,
            HasHeaders = false,
            Comment = '\0',
            ResultSetMode = ResultSetMode.SingleResult,
            MaxBufferSize = MaxRecordChars,
        };
        try
        {
            _reader = CsvDataReader.Create(new StringReader(text), options);
        }
        catch (CsvFormatException e)
        {
            throw Wrap(e, 1);
        }
    }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int Count => _reader.RowFieldCount;

    /// <summary>A field of the current record, or an empty span beyond the last field.</summary>
    public ReadOnlySpan<char> this[int index] => index < _reader.RowFieldCount ? _reader.GetFieldSpan(index) : [];

    /// <summary>A field as a string (allocates).</summary>
    public string GetString(int index) => this[index].ToString();

    /// <summary>Whether every field of the current record is blank.</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < Count; i++)
            if (!this[i].IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>Reads the next record.</summary>
    public bool Read()
    {
        var line = _nextLine;
        try
        {
            if (!_reader.Read()) return false;
        }
        catch (CsvFormatException e)
        {
            throw Wrap(e, line);
        }
        Line = line;
        var newlines = 0;
        for (var i = 0; i < _reader.RowFieldCount; i++)
            newlines += _reader.GetFieldSpan(i).Count('\n');
        _nextLine = line + 1 + newlines;
        return true;
    }

    private DataProblemException Wrap(CsvFormatException e, int line) => e is CsvRecordTooLargeException
        ? new DataProblemException(new DataProblem(_source, line, 0, null, null, "a line is too long (more than 16 million characters)"), e)
        : new DataProblemException(new DataProblem(_source, line, e.FieldOrdinal >= 0 ? e.FieldOrdinal + 1 : 0, null, null, "malformed CSV: " + e.Message), e);

    public void Dispose() => _reader.Dispose();
}
