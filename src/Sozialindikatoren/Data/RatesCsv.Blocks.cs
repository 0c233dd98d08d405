using System.Text;
using System.Text.Unicode;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data;

public static partial class RatesCsv
{
    /// <summary>
    /// The parallel path of the job: the file is read in blocks of whole lines, and every block is parsed, computed and
    /// formatted on its own thread (as many in flight as processors, plus one); the reading thread adds the ids to the
    /// repeated-id filter and writes the blocks in input order, so the output is the same bytes as
    /// <see cref="Sequential"/> writes.
    /// </summary>
    /// <remarks>
    /// <para>It takes a UTF-8 file with a one-byte delimiter and a header on its first line, and blocks whose every line
    /// is simple (<see cref="Utf8Records"/>) and valid: an id without surrounding white space (first and last byte
    /// printable ASCII), numbers <see cref="CsvNumber.TryParseDouble"/> reads, a <see cref="RateInput"/>. At the first
    /// block that is not, it stops: the blocks before it are written, the caller reads the whole file with
    /// <see cref="CsvInput"/> (which finds and words every problem) and skips the rows already written.</para>
    /// </remarks>
    internal static class Blocks
    {
        private const int MaxIdChars = 256;

        /// <summary>The smallest block near the end of a file (32 KiB; the block size when that is smaller).</summary>
        private const int MinBlockBytes = 1 << 15;
        private const int MaxNumberChars = 64;

        /// <summary>One block of lines and the chunk its rows go to.</summary>
        private sealed class Block(int bytes, int rows) : IDisposable
        {
            public readonly byte[] Bytes = GC.AllocateUninitializedArray<byte>(bytes);
            public readonly RatesChunk Chunk = new(rows);
            public int Length;
            public Task<bool>? Work;

            public void Dispose() => Chunk.Dispose();
        }

        /// <summary>What every block's worker needs (read only).</summary>
        private sealed record Context(byte Delimiter, Columns Columns, RatesChunk.Job Job, DuplicateKeyDetector Ids);

        /// <summary>Runs the parallel path. True: every row was read, all blocks but the last are written and their ids
        /// added; <paramref name="last"/> is the last block's chunk, computed and formatted, its ids added, not written
        /// (the caller's to write and dispose); <paramref name="written"/> counts the rows written. False: the path did
        /// not take the file or stopped; <paramref name="written"/> rows are written (the first rows of the file).</summary>
        public static bool TryCompute(string path, CsvInput input, RatesSink sink, RatesChunk.Job job, Columns columns, DuplicateKeyDetector ids,
            int blockBytes, out RatesChunk last, out long written)
        {
            last = null!;
            written = 0;
            if (input.Encoding != CsvEncoding.Utf8 || input.Delimiter is '"' or '\r' or '\n' or >= (char)0x80) return false;
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false; // the one path has the file open already and words any later read problem
            }
            using var _ = file;
            if (!SkipHeader(file)) return false;
            var context = new Context((byte)input.Delimiter, columns, job, ids);
            var rows = blockBytes / 6 + 1; // a simple row has at least 6 bytes: id, two delimiters, two digits, LF
            var maxInFlight = Math.Max(2, Environment.ProcessorCount + 1);
            var inFlight = new Queue<Block>();
            var free = new Stack<Block>();
            var all = new List<Block>();
            Block? held = null;
            try
            {
                byte[]? carryFrom = null;
                int carryAt = 0, carry = 0;
                var eof = false;
                var minBytes = Math.Min(blockBytes, MinBlockBytes);
                while (true)
                {
                    if (!Refill()) return false;
                    var done = inFlight.Dequeue();
                    if (!done.Work!.GetAwaiter().GetResult()) return false;
                    // Hand out the next block before the bookkeeping (the filter's first touches fault in its pages):
                    // the workers never wait for this thread.
                    if (!Refill()) return false;
                    ids.AddHashes(done.Chunk.Hashes);
                    if (inFlight.Count == 0)
                    {
                        held = done;
                        break;
                    }
                    written += done.Chunk.Count;
                    done.Chunk.WriteTo(sink);
                    free.Push(done);
                }
                if (written + held.Chunk.Count == 0) return false; // no data rows: the one path says so, with the line
                last = held.Chunk;
                return true;

                // Reads and hands out blocks until the most are in flight or the file is read; false at a line longer than a block.
                bool Refill()
                {
                    while (!eof && inFlight.Count < maxInFlight)
                    {
                        if (!free.TryPop(out var block))
                        {
                            block = new Block(blockBytes, rows);
                            all.Add(block);
                        }
                        if (carry > 0) carryFrom.AsSpan(carryAt, carry).CopyTo(block.Bytes);
                        // Smaller blocks near the end of the file, so that the workers finish at about the same time.
                        var want = (int)Math.Min(block.Bytes.Length - carry, Math.Clamp((file.Length - file.Position) / (2 * maxInFlight), minBytes, blockBytes));
                        var got = file.ReadAtLeast(block.Bytes.AsSpan(carry, want), want, throwOnEndOfStream: false);
                        var length = carry + got;
                        var atEnd = got < want;
                        if (!atEnd && length < block.Bytes.Length && block.Bytes.AsSpan(carry, got).IndexOf((byte)'\n') < 0)
                        {
                            // No line end in what was read: fill the block.
                            var more = block.Bytes.Length - length;
                            var got2 = file.ReadAtLeast(block.Bytes.AsSpan(length, more), more, throwOnEndOfStream: false);
                            length += got2;
                            atEnd = got2 < more;
                        }
                        if (atEnd)
                        {
                            eof = true;
                            block.Length = length;
                            carry = 0;
                        }
                        else
                        {
                            var lf = block.Bytes.AsSpan(0, length).LastIndexOf((byte)'\n');
                            if (lf < 0)
                            {
                                free.Push(block);
                                return false; // a line longer than a block
                            }
                            block.Length = lf + 1;
                            (carryFrom, carryAt, carry) = (block.Bytes, lf + 1, length - lf - 1);
                        }
                        var work = block;
                        block.Work = Task.Run(() => Process(work, context));
                        inFlight.Enqueue(block);
                    }
                    return true;
                }
            }
            finally
            {
                // Let every worker finish before the buffers go back to the pool; the held chunk goes to the caller.
                foreach (var b in all)
                {
                    try { b.Work?.Wait(); }
                    catch (AggregateException) { } // rethrown above, or superseded by the exception leaving this method
                    if (b != held) b.Dispose();
                }
            }
        }

        /// <summary>Moves past the header line (and a UTF-8 byte order mark); false when the header is not one plain
        /// line (a quote, a lone CR), is longer than 64 KiB or is all the file.</summary>
        private static bool SkipHeader(FileStream file)
        {
            Span<byte> head = stackalloc byte[1 << 16];
            var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..n];
            var bom = head.StartsWith("\uFEFF"u8) ? 3 : 0;
            var lf = head.IndexOf((byte)'\n');
            if (lf < 0) return false;
            var line = head[bom..lf];
            if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
            if (line.IndexOfAny((byte)'"', (byte)'\r') >= 0) return false;
            file.Position = lf + 1;
            return true;
        }

        /// <summary>A worker: parses the block's rows into its chunk, computes and formats them; false at the first line
        /// that is not simple and valid (or when the block is not valid UTF-8).</summary>
        private static bool Process(Block block, Context context)
        {
            var bytes = block.Bytes.AsSpan(0, block.Length);
            if (!Utf8.IsValid(bytes)) return false;
            var columns = context.Columns;
            var chunk = block.Chunk;
            var records = new Utf8Records(bytes, context.Delimiter);
            Span<Range> fields = columns.Fields <= 16 ? stackalloc Range[columns.Fields] : new Range[columns.Fields];
            Span<char> id = stackalloc char[MaxIdChars];
            Utf8Record next;
            while ((next = records.Next(fields)) == Utf8Record.Record)
            {
                var idBytes = bytes[fields[columns.Id]];
                if (idBytes.IsEmpty || idBytes.Length > MaxIdChars || !Printable(idBytes[0]) || !Printable(idBytes[^1])) return false;
                var idLength = Encoding.UTF8.GetChars(idBytes, id);
                var countCell = bytes[fields[columns.Count]];
                var denominatorCell = bytes[fields[columns.Denominator]];
                if (!TryNumber(countCell, columns.NumberFormat, out var c, out var countVerbatim)
                    || !TryNumber(denominatorCell, columns.NumberFormat, out var d, out var denominatorVerbatim)
                    || !RateInput.TryCreate(c, d, columns.IsProportion, out var row, out _, out _)
                    || chunk.Count == chunk.Capacity)
                    return false;
                var text = id[..idLength];
                if (countVerbatim && denominatorVerbatim) chunk.Add(text, row, context.Ids.Hash(text), countCell, denominatorCell);
                else chunk.Add(text, row, context.Ids.Hash(text));
            }
            if (next == Utf8Record.NotSimple) return false;
            chunk.Format(context.Job, split: false);
            return true;
        }

        /// <summary>A visible ASCII character (not white space, not a control character).</summary>
        private static bool Printable(byte b) => b is > 0x20 and < 0x7F;

        /// <summary>A number cell through the one rule (<see cref="CsvNumber.TryParseDouble"/>), its ASCII bytes as characters;
        /// a cell of only digits (at most 15) is read here, the same value. <paramref name="verbatim"/>: the cell is
        /// the text the job writes for the value (digits only, no leading zero unless it is "0").</summary>
        private static bool TryNumber(ReadOnlySpan<byte> cell, CsvNumberFormat format, out double value, out bool verbatim)
        {
            verbatim = false;
            if (cell.Length is > 0 and <= 15)
            {
                // 1–15 digits and nothing else: the whole number exactly, as CsvNumber's plain path reads it.
                ulong whole = 0;
                var i = 0;
                for (; i < cell.Length; i++)
                {
                    var d = (uint)(cell[i] - '0');
                    if (d > 9) break;
                    whole = whole * 10 + d;
                }
                if (i == cell.Length)
                {
                    value = whole;
                    verbatim = cell.Length == 1 || cell[0] != (byte)'0';
                    return true;
                }
            }
            value = 0;
            Span<char> text = stackalloc char[MaxNumberChars];
            if (cell.Length > MaxNumberChars || System.Text.Ascii.ToUtf16(cell, text, out var n) != System.Buffers.OperationStatus.Done) return false;
            return CsvNumber.TryParseDouble(text[..n], format, false, out value, out _);
        }
    }
}
