using System.Runtime.Intrinsics.X86;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// Finds repeated ids in a streamed table without keeping the ids (<em>doppelte Kennungen</em>) and in flat memory: a
/// fixed cache-line-blocked Bloom filter of 2<sup>27</sup> bits (16 MB) over 64-bit hashes of the ids, eight probes per
/// id inside one 512-bit block (one memory access per id, not eight). An id whose probes are all set already is a
/// <em>suspect</em> (its hash is kept); <see cref="Confirm"/> reads the table once more and compares the ids of the
/// suspect hashes exactly, so a filter or hash collision between two different ids is never reported as a repeat, and
/// every repeat is reported with the line of the id's first occurrence. Memory does not grow with the row count (issue
/// 15: 1 M and 10 M rows in the same peak); only the suspects grow. Computed, not measured (blocks with a Poisson number
/// of ids, Putze, Sanders and Singler 2007): the false-positive share of the full filter is 5.0e-9 at n = 1 M ids and
/// 0.0023 at 10 M, the expected number of suspects over a whole read 0.0008 at 1 M (so a 1 M file is read once) and
/// about 3,500 at 10 M (which then costs the second read).
/// </summary>
/// <threadsafety>Not thread-safe; one instance per read. <see cref="Hash"/> alone may be called from any thread (a pure function).</threadsafety>
internal sealed class DuplicateKeyDetector
{
    /// <summary>A 64-bit hash of an id.</summary>
    internal delegate ulong Hasher(ReadOnlySpan<char> id);

    private const int Probes = 8;
    private const int BlockWords = 8; // 512 bits = one 64-byte cache line
    private readonly Hasher _hash;
    private readonly ulong[] _bits;
    private readonly int _start;
    private readonly ulong _blockMask;
    private readonly HashSet<ulong> _suspects = [];
    private long _added;

    /// <summary>A detector with <see cref="Hash64"/>, or (for tests) another hash and a smaller filter.</summary>
    /// <param name="hash">The id hash, or null for <see cref="Hash64"/>.</param>
    /// <param name="log2Bits">The filter size as a power of two of bits (default 27 = 16 MB; 9, one block, to 36).</param>
    internal DuplicateKeyDetector(Hasher? hash = null, int log2Bits = 27)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(log2Bits, 9);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(log2Bits, 36); // the block index must stay below the probes' bits 40–48
        _hash = hash ?? Hash64;
        var words = 1 << (log2Bits - 6);
        // Blocks on cache-line boundaries: a pinned array (it never moves) with room to start at a 64-byte address.
        _bits = GC.AllocateArray<ulong>(words + BlockWords, pinned: true);
        var handle = System.Runtime.InteropServices.GCHandle.Alloc(_bits, System.Runtime.InteropServices.GCHandleType.Pinned);
        var address = (long)handle.AddrOfPinnedObject();
        handle.Free();
        _start = (int)((64 - (address & 63)) & 63) / sizeof(ulong);
        _blockMask = (ulong)(words / BlockWords) - 1;
    }

    /// <summary>The number of ids added.</summary>
    public long Count => _added;

    /// <summary>Whether some id may have been seen before (a repeat until <see cref="Confirm"/> says otherwise).</summary>
    public bool HasSuspects => _suspects.Count > 0;

    /// <summary>The hash this detector uses for an id (<see cref="AddHashes"/> takes these).</summary>
    public ulong Hash(ReadOnlySpan<char> id) => _hash(id);

    /// <summary>Adds the id of a row; an id whose filter bits are all set already becomes a suspect.</summary>
    public void Add(ReadOnlySpan<char> id) => AddHash(_hash(id));

    /// <summary>Adds the ids of many rows by their <see cref="Hash"/>es; the same result as adding them one by one.</summary>
    /// <remarks>The filter is far larger than the processor's caches, so each id's block is a cache (and TLB) miss:
    /// the block of the id <see cref="PrefetchDistance"/> places ahead is requested from memory (a prefetch, no
    /// change of the result) while the current one is set, so the misses overlap instead of following each other.</remarks>
    public void AddHashes(ReadOnlySpan<ulong> hashes)
    {
        var n = hashes.Length;
        if (!Sse.IsSupported)
        {
            foreach (var h in hashes) AddHash(h, Mix(h));
            return;
        }
        unsafe
        {
            fixed (ulong* bits = _bits)
            {
                for (var i = 0; i < n; i++)
                {
                    if (i + PrefetchDistance < n) Sse.Prefetch0(bits + Block(Mix(hashes[i + PrefetchDistance])));
                    var h = hashes[i];
                    AddHash(h, Mix(h));
                }
            }
        }
    }

    /// <summary>How many ids ahead <see cref="AddHashes"/> prefetches the block.</summary>
    private const int PrefetchDistance = 16;

    /// <summary>The index of the first word of the block of a mixed hash.</summary>
    private int Block(ulong m) => _start + (int)(m & _blockMask) * BlockWords;

    private void AddHash(ulong h) => AddHash(h, Mix(h));

    private void AddHash(ulong h, ulong m)
    {
        // The block from the low bits of one mix, the eight positions in it (9 bits each) from a second.
        var p = Mix(h ^ 0x9E3779B97F4A7C15UL);
        var block = _bits.AsSpan(Block(m), BlockWords);
        var seen = true;
        for (var k = 0; k < Probes; k++)
        {
            // Positions 0–6 from the 63 low bits of p, position 7 from the top bits of m (the block uses its low bits).
            var bit = (int)((k < Probes - 1 ? p >> (9 * k) : m >> 40) & 511);
            ref var word = ref block[bit >> 6];
            var flag = 1UL << (bit & 63);
            if ((word & flag) == 0) { seen = false; word |= flag; }
        }
        _added++;
        if (seen) _suspects.Add(h);
    }

    /// <summary>Forgets every id added (the filter and the suspects), as if new.</summary>
    public void Clear()
    {
        Array.Clear(_bits);
        _suspects.Clear();
        _added = 0;
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
