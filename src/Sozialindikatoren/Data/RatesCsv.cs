using System.Buffers;
using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data;

/// <summary>
/// The <c>rates</c> row job as CSV (<em>Raten und Anteile mit Konfidenzintervallen</em>): reads <c>id,count,denominator</c>,
/// computes the interval of every row and writes <c>id,count,denominator,value,lower,upper,method</c>, streamed.
/// </summary>
/// <remarks>
/// <para>Streaming: rows are read, computed and written in chunks of <see cref="ChunkRows"/> rows with pooled buffers, so
/// memory stays flat however many rows the file has. Doubles are formatted with <see cref="double.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
/// (shortest round-trip, invariant) straight into the output buffer; the lower limit is written as 0 when it is not positive.</para>
/// <para>Input: the one CSV path (<see cref="CsvInput"/>: encoding, delimiter and number format detected; German headers
/// <c>ID</c>, <c>Anzahl</c>/<c>Zähler</c>, <c>Nenner</c>). A row problem (error texts of <see cref="RateInput"/>) is
/// collected with file, line, field and value; after the first one nothing more is written, every further row is still
/// checked (up to <see cref="CsvInput.MaxErrors"/>), and <see cref="DataProblemException"/> lists them all. Chunks before
/// the first problem may already have reached <c>output</c>: write to a temporary file to keep nothing on failure (the
/// CLI does).</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class RatesCsv
{
    /// <summary>Rows per chunk (65,536).</summary>
    public const int ChunkRows = 1 << 16;

    /// <summary>The header line of the output.</summary>
    public const string OutputHeader = "id,count,denominator,value,lower,upper,method";

    private const int OutputChars = 1 << 18;

    internal static IReadOnlyList<CsvColumn> Schema { get; } =
    [
        new("id", "ID", true, "kennung", "schluessel", "raum_id", "space_id"),
        new("count", "Anzahl", true, "zaehler", "faelle", "ereignisse"),
        new("denominator", "Nenner", true, "bezugsgroesse", "bevoelkerung", "einwohner"),
    ];

    /// <summary>Streams a rates file through the interval calculation into <paramref name="output"/>.</summary>
    /// <param name="path">The input CSV.</param>
    /// <param name="output">The target (the header is written first).</param>
    /// <param name="method">The interval method (<see cref="IntervalMethod.Wilson"/> = proportions: count ≤ denominator).</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier (rate = count / denominator × per), finite and &gt; 0.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="notes">Receives warnings (unknown columns) and the note naming encoding, delimiter and number format; or null.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="DataProblemException">The file cannot be read or has invalid rows (all listed, with file, line, field and value).</exception>
    public static long Compute(string path, TextWriter output, IntervalMethod method, ConfidenceLevel level, double per, CsvReadOptions? options, ICollection<DataProblem>? notes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        if (!(per > 0) || !double.IsFinite(per)) throw new ArgumentOutOfRangeException(nameof(per), per, "per: must be a finite positive number.");
        using var input = CsvInput.Open(path, options);
        var header = CsvHeader.Bind(input, Schema);
        input.ThrowIfErrors();
        int idCol = header["id"], countCol = header["count"], denCol = header["denominator"];
        var isProportion = method == IntervalMethod.Wilson;
        var ids = new DuplicateKeyDetector();
        var chunk = new Chunk();
        var writer = new OutputBuffer(output);
        long written = 0;
        try
        {
            writer.Append(OutputHeader);
            writer.Append('\n');
            while (input.Read())
            {
                var id = input.Span(idCol).Trim();
                if (!CsvHeader.CheckRowLength(input, shortIsError: true)) continue;
                if (id.IsEmpty) { input.Error(idCol, null, "", "empty id"); continue; }
                ids.Add(id);
                if (!Number(input, countCol, "count", out var c) | !Number(input, denCol, "denominator", out var d)) continue;
                if (!RateInput.TryCreate(c, d, isProportion, out var row, out var error, out var field))
                {
                    var col = field == "count" ? countCol : denCol;
                    input.Error(col, null, input[col], error);
                    continue;
                }
                if (input.ErrorCount > 0) continue; // nothing more is written after a problem; the rest is still checked
                chunk.Add(id, row);
                if (chunk.Count == ChunkRows) written += chunk.Flush(writer, method, level, per);
            }
            ids.Confirm(() => CsvInput.Open(path, options), idCol, (line, first, id) =>
                input.Error(idCol, null, id, string.Create(CultureInfo.InvariantCulture, $"repeated id '{id}': already on line {first}; each id must occur once."), line));
            if (input.ErrorCount == 0)
            {
                written += chunk.Flush(writer, method, level, per);
                if (written == 0) input.Error(-1, null, null, "no data rows.");
            }
            input.ThrowIfErrors();
            writer.Flush();
            if (notes is not null)
            {
                foreach (var p in input.Problems) notes.Add(p);
                notes.Add(input.FormatNote);
            }
            return written;
        }
        finally
        {
            chunk.Dispose();
            writer.Dispose();
        }
    }

    private static bool Number(CsvInput input, int col, string field, out double value)
    {
        if (CsvNumber.TryParseDouble(input.Span(col), input.NumberFormat, false, out value, out var error)) return true;
        input.Error(col, null, input[col], field + " not a number: " + error);
        return false;
    }

    /// <summary>One chunk of rows in pooled arrays: ids as characters with offsets, counts, denominators, results.</summary>
    private sealed class Chunk : IDisposable
    {
        private char[] _ids = ArrayPool<char>.Shared.Rent(ChunkRows * 8);
        private readonly int[] _idEnd = ArrayPool<int>.Shared.Rent(ChunkRows);
        private readonly long[] _counts = ArrayPool<long>.Shared.Rent(ChunkRows);
        private readonly double[] _dens = ArrayPool<double>.Shared.Rent(ChunkRows);
        private readonly double[] _values = ArrayPool<double>.Shared.Rent(ChunkRows);
        private readonly double[] _lower = ArrayPool<double>.Shared.Rent(ChunkRows);
        private readonly double[] _upper = ArrayPool<double>.Shared.Rent(ChunkRows);
        private readonly IntervalMethod[] _used = ArrayPool<IntervalMethod>.Shared.Rent(ChunkRows);
        private int _idLength;

        public int Count { get; private set; }

        public void Add(ReadOnlySpan<char> id, RateInput row)
        {
            if (_idLength + id.Length > _ids.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_ids.Length * 2, _idLength + id.Length));
                _ids.AsSpan(0, _idLength).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(_ids);
                _ids = bigger;
            }
            id.CopyTo(_ids.AsSpan(_idLength));
            _idLength += id.Length;
            _idEnd[Count] = _idLength;
            _counts[Count] = row.Count;
            _dens[Count] = row.Denominator;
            Count++;
        }

        public int Flush(OutputBuffer w, IntervalMethod method, ConfidenceLevel level, double per)
        {
            var n = Count;
            if (n == 0) return 0;
            Rates.Intervals(_counts.AsSpan(0, n), _dens.AsSpan(0, n), method, level, per, _values.AsSpan(0, n), _lower.AsSpan(0, n), _upper.AsSpan(0, n), _used.AsSpan(0, n));
            var start = 0;
            for (var i = 0; i < n; i++)
            {
                w.Field(_ids.AsSpan(start, _idEnd[i] - start));
                start = _idEnd[i];
                w.Append(',');
                w.Append(_counts[i]);
                w.Append(',');
                w.Append(_dens[i]);
                w.Append(',');
                w.Append(_values[i]);
                w.Append(',');
                w.Append(_lower[i] > 0 ? _lower[i] : 0);
                w.Append(',');
                w.Append(_upper[i]);
                w.Append(',');
                w.Append(_used[i].ToCode());
                w.Append('\n');
            }
            Count = 0;
            _idLength = 0;
            return n;
        }

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_ids);
            ArrayPool<int>.Shared.Return(_idEnd);
            ArrayPool<long>.Shared.Return(_counts);
            ArrayPool<double>.Shared.Return(_dens);
            ArrayPool<double>.Shared.Return(_values);
            ArrayPool<double>.Shared.Return(_lower);
            ArrayPool<double>.Shared.Return(_upper);
            ArrayPool<IntervalMethod>.Shared.Return(_used);
        }
    }

    /// <summary>A pooled character buffer in front of the writer.</summary>
    private sealed class OutputBuffer(TextWriter target) : IDisposable
    {
        private readonly char[] _buffer = ArrayPool<char>.Shared.Rent(OutputChars);
        private int _length;

        private Span<char> Room(int needed)
        {
            if (_buffer.Length - _length < needed) Flush();
            return _buffer.AsSpan(_length);
        }

        public void Append(char c)
        {
            Room(1)[0] = c;
            _length++;
        }

        public void Append(string s) => Append(s.AsSpan());

        public void Append(ReadOnlySpan<char> s)
        {
            if (s.Length > _buffer.Length / 2)
            {
                Flush();
                target.Write(s);
                return;
            }
            s.CopyTo(Room(s.Length));
            _length += s.Length;
        }

        public void Append(long v)
        {
            v.TryFormat(Room(20), out var n, default, CultureInfo.InvariantCulture);
            _length += n;
        }

        public void Append(double v)
        {
            // Shortest round-trip ("R"), invariant: the same text as double.ToString("R").
            if (!v.TryFormat(Room(32), out var n, "R", CultureInfo.InvariantCulture)) throw new InvalidOperationException("a double did not fit 32 characters.");
            _length += n;
        }

        /// <summary>An RFC 4180 field: quoted when it holds ',', '"' or a line break (as <see cref="Text.Csv.Field"/>).</summary>
        public void Field(ReadOnlySpan<char> s)
        {
            if (!Text.Csv.NeedsQuoting(s)) { Append(s); return; }
            Append('"');
            foreach (var c in s)
            {
                if (c == '"') Append('"');
                Append(c);
            }
            Append('"');
        }

        public void Flush()
        {
            if (_length == 0) return;
            target.Write(_buffer.AsSpan(0, _length));
            _length = 0;
        }

        public void Dispose() => ArrayPool<char>.Shared.Return(_buffer);
    }
}
