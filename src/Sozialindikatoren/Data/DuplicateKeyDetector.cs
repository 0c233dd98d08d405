using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// Finds repeated ids in a streamed table without keeping the ids (<em>doppelte Kennungen</em>) and in flat memory: a
/// fixed Bloom filter of 2<sup>27</sup> bits (16 MB) over 64-bit hashes of the ids, four probes per id. An id whose probes
/// are all set already is a <em>suspect</em> (its hash is kept); <see cref="Confirm"/> reads the table once more and
/// compares the ids of the suspect hashes exactly, so a filter or hash collision between two different ids is never
/// reported as a repeat, and every repeat is reported with the line of the id's first occurrence. Memory does not grow
/// with the row count (issue 15: 1 M and 10 M rows in the same peak); only the suspects grow: the expected false-positive
/// share (1 − e^(−4n/2^27))^4, computed, not measured, is about 1e-6 at n = 1 M and 1/230 at n = 10 M, which then
/// costs the second read.
/// </summary>
/// <threadsafety>Not thread-safe; one instance per read.</threadsafety>
internal sealed class DuplicateKeyDetector
{
    /// <summary>A 64-bit hash of an id.</summary>
    internal delegate ulong Hasher(ReadOnlySpan<char> id);

    private const int Probes = 4;
    private readonly Hasher _hash;
    private readonly ulong[] _bits;
    private readonly HashSet<ulong> _suspects = [];
    private long _added;

    /// <summary>A detector with <see cref="Hash64"/>, or (for tests) another hash and a smaller filter.</summary>
    /// <param name="hash">The id hash, or null for <see cref="Hash64"/>.</param>
    /// <param name="log2Bits">The filter size as a power of two of bits (default 27 = 16 MB).</param>
    internal DuplicateKeyDetector(Hasher? hash = null, int log2Bits = 27)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(log2Bits, 6);
        _hash = hash ?? Hash64;
        _bits = new ulong[1L << (log2Bits - 6)];
    }

    /// <summary>The number of ids added.</summary>
    public long Count => _added;

    /// <summary>Whether some id may have been seen before (a repeat until <see cref="Confirm"/> says otherwise).</summary>
    public bool HasSuspects => _suspects.Count > 0;

    /// <summary>Adds the id of a row; an id whose filter bits are all set already becomes a suspect.</summary>
    public void Add(ReadOnlySpan<char> id)
    {
        var h = _hash(id);
        var m = Mix(h);
        ulong step = (m >> 32) | 1, mask = (ulong)_bits.Length * 64 - 1, probe = m;
        var seen = true;
        for (var k = 0; k < Probes; k++, probe += step)
        {
            var bit = probe & mask;
            ref var word = ref _bits[bit >> 6];
            var flag = 1UL << (int)(bit & 63);
            if ((word & flag) == 0) { seen = false; word |= flag; }
        }
        _added++;
        if (seen) _suspects.Add(h);
    }

    /// <summary>When there are suspects, reads the table once more and reports each real repeat (in line order, at most
    /// <see cref="CsvInput.MaxErrors"/>).</summary>
    /// <param name="reopen">Opens the table again from its start (same file, same options).</param>
    /// <param name="idColumn">The index of the id column.</param>
    /// <param name="repeat">Called for each repeat with its line, the line of the id's first occurrence and the id.</param>
    public void Confirm(Func<CsvInput> reopen, int idColumn, Action<int, int, string> repeat)
    {
        if (_suspects.Count == 0) return;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = 0;
        using (var again = reopen())
        {
            while (reported < CsvInput.MaxErrors && again.Read())
            {
                var span = again.Span(idColumn).Trim();
                if (span.IsEmpty || !_suspects.Contains(_hash(span))) continue;
                var id = span.ToString();
                if (first.TryGetValue(id, out var line)) { repeat(again.Line, line, id); reported++; }
                else first[id] = again.Line;
            }
        }
        _suspects.Clear();
    }

    /// <summary>FNV-1a over the UTF-16 code units of the id (both bytes of each), 64 bits.</summary>
    internal static ulong Hash64(ReadOnlySpan<char> id)
    {
        var h = 14695981039346656037UL;
        foreach (var c in id)
        {
            h = (h ^ (byte)c) * 1099511628211UL;
            h = (h ^ (uint)(c >> 8)) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>The finaliser of MurmurHash3 (fmix64), so that the low bits that pick a slot depend on every bit.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
