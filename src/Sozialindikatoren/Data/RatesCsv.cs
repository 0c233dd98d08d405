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
/// <para>Streaming, in parallel: a UTF-8 file is read in blocks of <see cref="BlockBytes"/> bytes of whole lines; each
/// block is parsed, computed and formatted on its own thread (as many blocks in flight as processors, plus one), and the
/// blocks are written in input order. That path takes a block only when every line is simple
/// (<see cref="Csv.Utf8Records"/>: no quote, no stray CR, the header's number of fields) and valid. From the first block
/// it does not take, and for a file in another encoding, the one CSV path (<see cref="CsvInput"/>) reads the file: in
/// chunks of <see cref="ChunkRows"/> rows with pooled buffers, the next chunk read while the previous one is computed,
/// formatted and written on a second thread. It checks the rows the parallel path already wrote again and does not
/// write them twice. Either way memory stays flat however many rows the file has, and the output is the same bytes a
/// single thread would write. Doubles are formatted with <see cref="Text.RoundTrip"/> (shortest round-trip, .NET's
/// <c>R</c> text, invariant) straight into UTF-8 output buffers; the lower limit is written as 0 when it is not
/// positive.</para>
/// <para>Output: UTF-8 without byte order mark to a <see cref="Stream"/>; to a <see cref="TextWriter"/> the same text
/// (a <see cref="StreamWriter"/> in UTF-8 gets the bytes directly, after a flush of what it holds).</para>
/// <para>Input: the one CSV path (<see cref="CsvInput"/>: encoding, delimiter and number format detected; German headers
/// <c>ID</c>, <c>Anzahl</c>/<c>Zähler</c>, <c>Nenner</c>). A row problem (error texts of <see cref="RateInput"/>) is
/// collected with file, line, field and value; after the first one nothing more is written, every further row is still
/// checked (up to <see cref="CsvInput.MaxErrors"/>), and <see cref="DataProblemException"/> lists them all. Blocks and
/// chunks before the first problem may already have reached <c>output</c>: write to a temporary file to keep nothing on failure (the
/// CLI does).</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe (each call uses its own buffers; <c>output</c> is written by one thread at a
/// time and must not be used by others during the call).</threadsafety>
public static partial class RatesCsv
{
    /// <summary>Rows per chunk (65,536).</summary>
    public const int ChunkRows = 1 << 16;

    /// <summary>The header line of the output.</summary>
    public const string OutputHeader = "id,count,denominator,value,lower,upper,method";

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
        ArgumentNullException.ThrowIfNull(output);
        if (output is StreamWriter { Encoding.CodePage: 65001 } sw)
        {
            // The same bytes the writer would encode: hand them to its stream after what it holds.
            sw.Flush();
            var rows = Compute(path, new RatesSink(sw.BaseStream, null), method, level, per, options, notes, ChunkRows, pipeline: true, BlockBytes);
            sw.BaseStream.Flush();
            return rows;
        }
        return Compute(path, new RatesSink(null, output), method, level, per, options, notes, ChunkRows, pipeline: true, BlockBytes);
    }

    /// <summary>Streams a rates file through the interval calculation into <paramref name="output"/> as UTF-8 (no byte order mark).</summary>
    /// <param name="path">The input CSV.</param>
    /// <param name="output">The target stream (the header is written first; the stream is flushed, not closed).</param>
    /// <param name="method">The interval method (<see cref="IntervalMethod.Wilson"/> = proportions: count ≤ denominator).</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier (rate = count / denominator × per), finite and &gt; 0.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="notes">Receives warnings (unknown columns) and the note naming encoding, delimiter and number format; or null.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="DataProblemException">The file cannot be read or has invalid rows (all listed, with file, line, field and value).</exception>
    public static long Compute(string path, Stream output, IntervalMethod method, ConfidenceLevel level, double per, CsvReadOptions? options, ICollection<DataProblem>? notes)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = Compute(path, new RatesSink(output, null), method, level, per, options, notes, ChunkRows, pipeline: true, BlockBytes);
        output.Flush();
        return rows;
    }

    /// <summary>Bytes per block of the parallel path (384 KiB): every block of simple rows fits one chunk of
    /// <see cref="ChunkRows"/> rows, as a simple row has at least 6 bytes.</summary>
    internal const int BlockBytes = 6 * ChunkRows;

    /// <summary>The job with the chunk size, the pipeline and the block size of the parallel path as parameters (tests:
    /// chunk and block boundaries do not change the output; <paramref name="blockBytes"/> 0 reads with
    /// <see cref="CsvInput"/> only).</summary>
    internal static long Compute(string path, RatesSink sink, IntervalMethod method, ConfidenceLevel level, double per, CsvReadOptions? options,
        ICollection<DataProblem>? notes, int chunkRows, bool pipeline, int blockBytes = BlockBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkRows, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(blockBytes);
        if (!(per > 0) || !double.IsFinite(per)) throw new ArgumentOutOfRangeException(nameof(per), per, "per: must be a finite positive number.");
        using var input = CsvInput.Open(path, options);
        var header = CsvHeader.Bind(input, Schema);
        input.ThrowIfErrors();
        var columns = new Columns(header["id"], header["count"], header["denominator"], input.Headers.Count, method == IntervalMethod.Wilson, input.NumberFormat);
        var job = new RatesChunk.Job(method, level, per);
        var ids = new DuplicateKeyDetector();
        try
        {
            sink.WriteHeader(OutputHeader);
            long skip = 0;
            if (blockBytes > 0 && Blocks.TryCompute(path, input, sink, job, columns, ids, blockBytes, out var last, out skip))
            {
                using (last) return Finish(path, options, input, sink, job, columns, ids, last, skip, formatted: true, notes);
            }
            // The parallel path stopped at a line it does not take (or did not start): read the whole file with the one
            // CSV path; the rows it already wrote are read again, checked and not written twice.
            ids.Clear();
            return Sequential(path, options, input, sink, job, columns, ids, chunkRows, pipeline, skip, notes);
        }
        finally
        {
            sink.Dispose();
        }
    }

    /// <summary>Where the fields are and how they are read.</summary>
    internal readonly record struct Columns(int Id, int Count, int Denominator, int Fields, bool IsProportion, CsvNumberFormat NumberFormat);

    /// <summary>Reads the rows with <see cref="CsvInput"/>, in chunks, while the previous chunk is computed and written
    /// (<paramref name="pipeline"/>); the first <paramref name="skip"/> rows are only checked (the parallel path wrote them).</summary>
    private static long Sequential(string path, CsvReadOptions? options, CsvInput input, RatesSink sink, RatesChunk.Job job, Columns columns,
        DuplicateKeyDetector ids, int chunkRows, bool pipeline, long skip, ICollection<DataProblem>? notes)
    {
        int idCol = columns.Id, countCol = columns.Count, denCol = columns.Denominator;
        RatesChunk? chunk = new(chunkRows), spare = pipeline ? new(chunkRows) : null;
        Task? pending = null;
        long written = 0;
        try
        {
            while (input.Read())
            {
                var id = input.Span(idCol).Trim();
                if (!CsvHeader.CheckRowLength(input, shortIsError: true)) continue;
                if (id.IsEmpty) { input.Error(idCol, null, "", "empty id"); continue; }
                var valid = Number(input, countCol, "count", out var c) & Number(input, denCol, "denominator", out var d);
                var row = default(RateInput);
                if (valid && !RateInput.TryCreate(c, d, columns.IsProportion, out row, out var error, out var field))
                {
                    var col = field == "count" ? countCol : denCol;
                    input.Error(col, null, input[col], error);
                    valid = false;
                }
                // Nothing more is written after a problem (the rest is still checked): such a row's id is added at
                // once, a chunk row's id with the chunk's others in one batch (below); so is a row already written.
                if (!valid || input.ErrorCount > 0 || skip > 0)
                {
                    ids.Add(id);
                    if (valid && input.ErrorCount == 0) { skip--; written++; }
                    continue;
                }
                chunk.Add(id, row, ids.Hash(id));
                if (chunk.Count < chunkRows) continue;
                ids.AddHashes(chunk.Hashes);
                written += chunk.Count;
                if (spare is null) { chunk.Flush(sink, job); continue; }
                Wait(ref pending);
                var full = chunk;
                pending = Task.Run(() => full.Flush(sink, job));
                (chunk, spare) = (spare, full);
            }
            Wait(ref pending);
            ids.AddHashes(chunk.Hashes);
            return Finish(path, options, input, sink, job, columns, ids, chunk, written, formatted: false, notes);
        }
        finally
        {
            // The worker may still hold a chunk and the sink: let it finish before the buffers go back to the pool.
            try { pending?.Wait(); }
            catch (AggregateException) { } // already thrown, or superseded by the exception leaving this method
            chunk.Dispose();
            spare?.Dispose();
        }
    }

    /// <summary>The end of both paths: repeated ids are confirmed; then the last chunk (held back until now, its ids
    /// added) is written when there is no problem, and every problem is thrown; the notes are handed out.</summary>
    private static long Finish(string path, CsvReadOptions? options, CsvInput input, RatesSink sink, RatesChunk.Job job, Columns columns,
        DuplicateKeyDetector ids, RatesChunk last, long written, bool formatted, ICollection<DataProblem>? notes)
    {
        var idCol = columns.Id;
        ids.Confirm(() => CsvInput.Open(path, options), idCol, (line, first, id) =>
            input.Error(idCol, null, id, string.Create(CultureInfo.InvariantCulture, $"repeated id '{id}': already on line {first}; each id must occur once."), line));
        if (input.ErrorCount == 0)
        {
            written += last.Count;
            if (formatted) last.WriteTo(sink);
            else last.Flush(sink, job);
            if (written == 0) input.Error(-1, null, null, "no data rows.");
        }
        input.ThrowIfErrors();
        if (notes is not null)
        {
            foreach (var p in input.Problems) notes.Add(p);
            notes.Add(input.FormatNote);
        }
        return written;
    }

    /// <summary>Waits for the chunk in flight and rethrows its exception as it is (e.g. an <see cref="IOException"/> of the output).</summary>
    private static void Wait(ref Task? pending)
    {
        var t = pending;
        pending = null;
        t?.GetAwaiter().GetResult();
    }

    private static bool Number(CsvInput input, int col, string field, out double value)
    {
        if (CsvNumber.TryParseDouble(input.Span(col), input.NumberFormat, false, out value, out var error)) return true;
        input.Error(col, null, input[col], field + " not a number: " + error);
        return false;
    }
}
