using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Text;

/// <summary>
/// The one CSV writer of the library (<em>CSV-Ausgabe</em>): every machine-readable table (CLI outputs, report
/// attachments, data-set files) is written through it, over Sylvan's <see cref="CsvDataWriter"/>.
/// </summary>
/// <remarks>
/// <para>RFC 4180: the header is the first line, fields are separated by the delimiter (default <c>,</c>), a field that
/// contains the delimiter, a quote or a line break is quoted with <c>"</c> and its quotes doubled, lines end with LF.
/// Cells are text: format numbers before with <see cref="Invariant"/> (machine-readable) — never with a display
/// culture.</para>
/// <para>Rows shorter than the header are padded with empty fields; longer rows throw.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe (the target writer is not).</threadsafety>
public static class Csv
{
    /// <summary>Writes a header and rows.</summary>
    /// <param name="writer">The target (left open).</param>
    /// <param name="header">The column names (at least one).</param>
    /// <param name="rows">The rows of formatted cells (enumerated once, lazily).</param>
    /// <param name="delimiter">The field separator: <c>,</c> (default) or <c>;</c> for German spreadsheets.</param>
    /// <exception cref="ArgumentException">No columns, or a row with more cells than the header.</exception>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (header.Count == 0) throw new ArgumentException("header: at least one column is required.", nameof(header));
        var options = new CsvDataWriterOptions { Delimiter = delimiter, NewLine = "\n", Quote = '"', Escape = '"', WriteHeaders = true };
        using var reader = new RowReader(header, rows);
        using var csv = CsvDataWriter.Create(writer, options);
        csv.Write(reader);
        writer.Flush();
    }

    /// <summary>The CSV text of a header and rows (see <see cref="Write"/>).</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="delimiter">The field separator.</param>
    /// <returns>The text; it ends with a line break.</returns>
    public static string ToText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, char delimiter = ',')
    {
        using var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(sw, header, rows, delimiter);
        return sw.ToString();
    }

    /// <summary>One CSV field for a hand-assembled line (RFC 4180 with <c>,</c>): quoted when it contains a comma, a quote or
    /// a line break, with its quotes doubled; otherwise unchanged. Prefer <see cref="Write"/> for whole tables.</summary>
    /// <param name="value">The field.</param>
    /// <returns>The CSV-safe field.</returns>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>A forward-only data reader over string rows: the shape <see cref="CsvDataWriter"/> consumes.</summary>
    private sealed class RowReader(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) : DbDataReader, IDbColumnSchemaGenerator
    {
        public ReadOnlyCollection<DbColumn> GetColumnSchema() =>
            new([.. header.Select((name, i) => (DbColumn)new TextColumn(name, i))]);

        private readonly IEnumerator<IReadOnlyList<string>> _rows = rows.GetEnumerator();
        private readonly string[] _current = new string[header.Count];
        private int _index = -1;
        private bool _closed;

        public override bool Read()
        {
            if (!_rows.MoveNext()) return false;
            var row = _rows.Current ?? throw new ArgumentException($"rows: row {_index + 1} is null.", nameof(rows));
            _index++;
            if (row.Count > header.Count) throw new ArgumentException($"rows: row {_index} has {row.Count} cells, the header has {header.Count}.", nameof(rows));
            for (var i = 0; i < _current.Length; i++) _current[i] = i < row.Count ? row[i] ?? "" : "";
            return true;
        }

        public override int FieldCount => header.Count;
        public override string GetName(int ordinal) => header[ordinal];
        public override string GetString(int ordinal) => _current[ordinal];
        public override object GetValue(int ordinal) => _current[ordinal];
        [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields | System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties)]
        public override Type GetFieldType(int ordinal) => typeof(string);
        public override string GetDataTypeName(int ordinal) => "string";
        public override bool IsDBNull(int ordinal) => false;
        public override int GetOrdinal(string name) => header.ToList().IndexOf(name);
        public override int GetValues(object[] values)
        {
            var n = Math.Min(values.Length, _current.Length);
            for (var i = 0; i < n; i++) values[i] = _current[i];
            return n;
        }
        public override object this[int ordinal] => _current[ordinal];
        public override object this[string name] => _current[GetOrdinal(name)];
        public override int Depth => 0;
        public override bool HasRows => true;
        public override bool IsClosed => _closed;
        public override int RecordsAffected => -1;
        public override bool NextResult() => false;
        public override IEnumerator GetEnumerator() => throw new NotSupportedException();
        public override void Close() { _closed = true; _rows.Dispose(); }
        public override bool GetBoolean(int ordinal) => throw new NotSupportedException();
        public override byte GetByte(int ordinal) => throw new NotSupportedException();
        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();
        public override char GetChar(int ordinal) => throw new NotSupportedException();
        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
        {
            var s = _current[ordinal];
            if (buffer is null) return s.Length;
            var n = (int)Math.Max(0, Math.Min(length, s.Length - dataOffset));
            s.CopyTo((int)dataOffset, buffer, bufferOffset, n);
            return n;
        }
        public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();
        public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();
        public override double GetDouble(int ordinal) => throw new NotSupportedException();
        public override float GetFloat(int ordinal) => throw new NotSupportedException();
        public override Guid GetGuid(int ordinal) => throw new NotSupportedException();
        public override short GetInt16(int ordinal) => throw new NotSupportedException();
        public override int GetInt32(int ordinal) => throw new NotSupportedException();
        public override long GetInt64(int ordinal) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) Close();
            base.Dispose(disposing);
        }
    }

    private sealed class TextColumn : DbColumn
    {
        public TextColumn(string name, int ordinal)
        {
            ColumnName = name;
            ColumnOrdinal = ordinal;
            DataType = typeof(string);
            DataTypeName = "string";
            AllowDBNull = false;
        }
    }
}
