using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>
/// Reads delimited records (<c>;</c> by default) with the library's <see cref="CsvTokenizer"/> and keeps physical line
/// numbers; a format error (a quoted field without its closing quote) becomes a <see cref="DataProblemException"/>
/// naming file, line and field.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly CsvTokenizer _reader;
    private readonly string _source;

    public CsvRecordReader(string text, string source, char delimiter = ';')
    {
        _source = source;
        _reader = new CsvTokenizer(new StringReader(text), delimiter);
    }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public int Line => _reader.Line;

    /// <summary>The number of fields in the current record.</summary>
    public int Count => _reader.FieldCount;

    /// <summary>A field of the current record, or an empty span beyond the last field.</summary>
    public ReadOnlySpan<char> this[int index] => _reader[index];

    /// <summary>A field as a string (allocates).</summary>
    public string GetString(int index) => _reader.GetString(index);

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
        try
        {
            return _reader.Read();
        }
        catch (CsvSyntaxException e)
        {
            throw new DataProblemException(new DataProblem(_source, e.Line, e.Field, null, null, "malformed CSV: " + e.Problem), e);
        }
    }

    public void Dispose() => _reader.Dispose();
}
