using System.Buffers;
using System.Globalization;
using System.Text;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data;

/// <summary>One chunk of the streamed <see cref="RatesCsv"/> job in pooled arrays: ids as characters with end offsets,
/// counts and denominators as read, the intervals, and the UTF-8 output buffer the rows are formatted into.</summary>
/// <threadsafety>Not thread-safe: filled by the reading thread, then flushed by one thread (the reader waits for it).</threadsafety>
internal sealed class RatesChunk : IDisposable
{
    /// <summary>The smallest chunk whose formatting is split between two threads.</summary>
    internal const int SplitRows = 4096;

    // Bytes per row to start with (a row of the 1M benchmark is about 75 bytes); the buffers grow when rows are longer.
    private const int RowBytes = 96;

    /// <summary>The longest UTF-8 text of a double in "R" format ("-1.2345678901234567E-308" is 24) with room to spare.</summary>
    private const int DoubleBytes = Text.RoundTrip.MaxLength;

    private static readonly byte[][] MethodCodes = BuildMethodCodes();

    private char[] _ids;
    private readonly int[] _idEnd;
    private byte[] _cells = []; // "count,denominator" as read, for rows whose cells are their own output text (rented at first use)
    private readonly int[] _cellEnd;
    private readonly long[] _counts;
    private readonly double[] _dens;
    private readonly ulong[] _hashes;
    private readonly double[] _values;
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly IntervalMethod[] _used;
    private byte[] _out;
    private byte[]? _tail; // rented when a chunk is first formatted in two halves
    private int _idLength;
    private int _cellLength;
    private int _headLength;
    private int _tailLength;
    private double[]? _exactMemo;
    private ConfidenceLevel _memoLevel;

    /// <summary>What every chunk of a job computes.</summary>
    internal readonly record struct Job(IntervalMethod Method, ConfidenceLevel Level, double Per);

    /// <summary>Rents the arrays for <paramref name="capacity"/> rows.</summary>
    public RatesChunk(int capacity)
    {
        _ids = ArrayPool<char>.Shared.Rent(capacity * 8);
        _idEnd = ArrayPool<int>.Shared.Rent(capacity);
        _cellEnd = ArrayPool<int>.Shared.Rent(capacity);
        _counts = ArrayPool<long>.Shared.Rent(capacity);
        _dens = ArrayPool<double>.Shared.Rent(capacity);
        _hashes = ArrayPool<ulong>.Shared.Rent(capacity);
        _values = ArrayPool<double>.Shared.Rent(capacity);
        _lower = ArrayPool<double>.Shared.Rent(capacity);
        _upper = ArrayPool<double>.Shared.Rent(capacity);
        _used = ArrayPool<IntervalMethod>.Shared.Rent(capacity);
        var half = (long)(capacity + 1) / 2 * RowBytes;
        _out = ArrayPool<byte>.Shared.Rent((int)Math.Min(half, 1 << 24));
        Capacity = capacity;
    }

    /// <summary>The most rows the chunk holds.</summary>
    public int Capacity { get; }

    /// <summary>The rows held.</summary>
    public int Count { get; private set; }

    /// <summary>The id hashes of the rows held (for the repeated-id check, <see cref="DuplicateKeyDetector.AddHashes"/>).</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);

    /// <summary>Adds a valid row (at most the capacity) with the hash of its id.</summary>
    public void Add(ReadOnlySpan<char> id, RateInput row, ulong hash)
    {
        AddRow(id, row, hash);
        _cellEnd[Count - 1] = _cellLength;
    }

    /// <summary>Adds a valid row whose count and denominator cells are the very text this chunk would write for them
    /// (digits only, no leading zero, at most 15 digits: <see cref="Text.RoundTrip"/> writes such a whole number as its
    /// digits, <see cref="long.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/> too), so they are
    /// copied, not formatted again.</summary>
    public void Add(ReadOnlySpan<char> id, RateInput row, ulong hash, ReadOnlySpan<byte> countCell, ReadOnlySpan<byte> denominatorCell)
    {
        AddRow(id, row, hash);
        var need = countCell.Length + 1 + denominatorCell.Length;
        if (_cellLength + need > _cells.Length)
        {
            // The one CSV path never copies cells, so the buffer is rented by the first row that does (12 bytes a row).
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(Math.Max(_cells.Length * 2, Capacity * 12), _cellLength + need));
            _cells.AsSpan(0, _cellLength).CopyTo(bigger);
            if (_cells.Length > 0) ArrayPool<byte>.Shared.Return(_cells);
            _cells = bigger;
        }
        countCell.CopyTo(_cells.AsSpan(_cellLength));
        _cells[_cellLength + countCell.Length] = (byte)',';
        denominatorCell.CopyTo(_cells.AsSpan(_cellLength + countCell.Length + 1));
        _cellLength += need;
        _cellEnd[Count - 1] = _cellLength;
    }

    private void AddRow(ReadOnlySpan<char> id, RateInput row, ulong hash)
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
        _hashes[Count] = hash;
        Count++;
    }

    /// <summary>Computes the intervals of the rows, writes them in order to <paramref name="sink"/> and empties the chunk.</summary>
    /// <remarks>Formatting the doubles is most of the job's time: with more than one processor and at least
    /// <see cref="SplitRows"/> rows the two halves are formatted at the same time into their own buffers and written
    /// one after the other (the same bytes in the same order).</remarks>
    public void Flush(RatesSink sink, Job job)
    {
        Format(job, split: Count >= SplitRows && Environment.ProcessorCount > 1);
        WriteTo(sink);
    }

    /// <summary>Computes the intervals of the rows and formats them into the chunk's output buffers (with
    /// <paramref name="split"/> and at least two rows, the second half on another thread); <see cref="WriteTo(RatesSink)"/> writes them.</summary>
    public void Format(Job job, bool split)
    {
        var n = Count;
        _headLength = _tailLength = 0;
        if (n == 0) return;
        if (job.Method == IntervalMethod.ExactPoisson && (_exactMemo is null || _memoLevel != job.Level))
        {
            // Exact limits of distinct counts, kept across the chunk's uses (a block of the parallel path is short).
            _exactMemo = Rates.NewExactMemo();
            _memoLevel = job.Level;
        }
        Rates.Intervals(_counts.AsSpan(0, n), _dens.AsSpan(0, n), job.Method, job.Level, job.Per, _values.AsSpan(0, n), _lower.AsSpan(0, n), _upper.AsSpan(0, n), _used.AsSpan(0, n),
            job.Method == IntervalMethod.ExactPoisson ? _exactMemo : null);
        if (split && n >= 2)
        {
            var half = n / 2;
            _tail ??= ArrayPool<byte>.Shared.Rent(_out.Length);
            var tail = Task.Run(() => Format(half, n, ref _tail!));
            _headLength = Format(0, half, ref _out);
            _tailLength = tail.GetAwaiter().GetResult();
        }
        else
        {
            _headLength = Format(0, n, ref _out);
        }
    }

    /// <summary>Writes the rows <see cref="Format(Job, bool)"/> formatted, in order, and empties the chunk.</summary>
    public void WriteTo(RatesSink sink)
    {
        sink.Write(_out.AsSpan(0, _headLength));
        if (_tailLength > 0) sink.Write(_tail!.AsSpan(0, _tailLength));
        _headLength = _tailLength = 0;
        Count = 0;
        _idLength = 0;
        _cellLength = 0;
    }

    /// <summary>Formats rows [<paramref name="from"/>, <paramref name="to"/>) into <paramref name="buffer"/> (grown
    /// from the pool when needed); returns the bytes written.</summary>
    private int Format(int from, int to, ref byte[] buffer)
    {
        var length = 0;
        var start = from == 0 ? 0 : _idEnd[from - 1];
        var cellStart = from == 0 ? 0 : _cellEnd[from - 1];
        for (var i = from; i < to; i++)
        {
            var id = _ids.AsSpan(start, _idEnd[i] - start);
            start = _idEnd[i];
            var cells = _cells.AsSpan(cellStart, _cellEnd[i] - cellStart);
            cellStart = _cellEnd[i];
            var need = 3 * (2 * id.Length + 2) + 20 + 4 * DoubleBytes + 16 + cells.Length;
            if (buffer.Length - length < need)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(2 * buffer.Length, length + need));
                buffer.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }
            var o = buffer.AsSpan();
            length += Id(id, o[length..]);
            o[length++] = (byte)',';
            if (cells.IsEmpty)
            {
                _counts[i].TryFormat(o[length..], out var k, default, CultureInfo.InvariantCulture);
                length += k;
                o[length++] = (byte)',';
                length += Double(_dens[i], o[length..]);
            }
            else
            {
                cells.CopyTo(o[length..]);
                length += cells.Length;
            }
            o[length++] = (byte)',';
            length += Double(_values[i], o[length..]);
            o[length++] = (byte)',';
            length += Double(_lower[i] > 0 ? _lower[i] : 0, o[length..]);
            o[length++] = (byte)',';
            length += Double(_upper[i], o[length..]);
            o[length++] = (byte)',';
            var code = MethodCodes[(int)_used[i]];
            code.CopyTo(o[length..]);
            length += code.Length;
            o[length++] = (byte)'\n';
        }
        return length;
    }

    /// <summary>A double as the shortest round-trip text (<see cref="Text.RoundTrip"/>, .NET's "R") in UTF-8; a value
    /// that is not finite (a rate beyond 1.8e308 from a denominator near zero) is an empty cell, as
    /// <see cref="Text.Invariant.Number(double)"/> writes it — never <c>Infinity</c>.</summary>
    internal static int Double(double v, Span<byte> destination)
    {
        if (!double.IsFinite(v)) return 0;
        if (!Text.RoundTrip.TryFormat(v, destination, out var n)) throw new InvalidOperationException("a double did not fit 32 bytes.");
        return n;
    }

    /// <summary>An id as an RFC 4180 field in UTF-8: quoted when it holds ',', '"' or a line break (the one rule, <see cref="Text.Csv.Field"/>).</summary>
    private static int Id(ReadOnlySpan<char> id, Span<byte> destination)
    {
        if (!Text.Csv.NeedsQuoting(id)) return Encoding.UTF8.GetBytes(id, destination);
        return Encoding.UTF8.GetBytes(Text.Csv.Field(new string(id)), destination);
    }

    private static byte[][] BuildMethodCodes()
    {
        var all = Enum.GetValues<IntervalMethod>();
        var codes = new byte[all.Max(m => (int)m) + 1][];
        foreach (var m in all) codes[(int)m] = Encoding.UTF8.GetBytes(m.ToCode());
        return codes;
    }

    /// <summary>Returns the arrays to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_ids);
        ArrayPool<int>.Shared.Return(_idEnd);
        if (_cells.Length > 0) ArrayPool<byte>.Shared.Return(_cells);
        ArrayPool<int>.Shared.Return(_cellEnd);
        ArrayPool<long>.Shared.Return(_counts);
        ArrayPool<double>.Shared.Return(_dens);
        ArrayPool<ulong>.Shared.Return(_hashes);
        ArrayPool<double>.Shared.Return(_values);
        ArrayPool<double>.Shared.Return(_lower);
        ArrayPool<double>.Shared.Return(_upper);
        ArrayPool<IntervalMethod>.Shared.Return(_used);
        ArrayPool<byte>.Shared.Return(_out);
        if (_tail is not null) ArrayPool<byte>.Shared.Return(_tail);
    }
}
