using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// Finds repeated ids in a streamed table without keeping the ids (<em>doppelte Kennungen</em>): a flat open-addressing
/// set of 64-bit hashes of the ids (8 bytes per slot, at most 75 % full: 16 MB for a million rows). A hash that is
/// already in the set is a <em>suspect</em>; <see cref="Confirm"/> reads the table once more and compares the ids of the
/// suspect hashes exactly, so a hash collision between two different ids is never reported as a repeat, and every repeat
/// is reported with the line of the id's first occurrence.
/// </summary>
/// <threadsafety>Not thread-safe; one instance per read.</threadsafety>
internal sealed class DuplicateKeyDetector
{
    /// <summary>A 64-bit hash of an id.</summary>
    internal delegate ulong Hasher(ReadOnlySpan<char> id);

    private readonly Hasher _hash;
    private ulong[] _keys = new ulong[1 << 12];
    private int _count;
    private readonly HashSet<ulong> _suspects = [];

    /// <summary>A detector with <see cref="Hash64"/>, or (for tests) another hash.</summary>
    internal DuplicateKeyDetector(Hasher? hash = null) => _hash = hash ?? Hash64;

    /// <summary>The number of distinct hashes seen.</summary>
    public int Count => _count;

    /// <summary>Whether some id's hash was seen before (a repeat until <see cref="Confirm"/> says otherwise).</summary>
    public bool HasSuspects => _suspects.Count > 0;

    /// <summary>Adds the id of a row; a hash seen before becomes a suspect.</summary>
    public void Add(ReadOnlySpan<char> id)
    {
        var h = Nonzero(_hash(id));
        var mask = _keys.Length - 1;
        var i = (int)(Mix(h) & (ulong)mask);
        while (_keys[i] != 0)
        {
            if (_keys[i] == h)
            {
                if (_suspects.Count < CsvInput.MaxErrors) _suspects.Add(h);
                return;
            }
            i = (i + 1) & mask;
        }
        _keys[i] = h;
        if (++_count > _keys.Length / 4 * 3) Grow();
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
                if (span.IsEmpty || !_suspects.Contains(Nonzero(_hash(span)))) continue;
                var id = span.ToString();
                if (first.TryGetValue(id, out var line)) { repeat(again.Line, line, id); reported++; }
                else first[id] = again.Line;
            }
        }
        _suspects.Clear();
    }

    private static ulong Nonzero(ulong h) => h == 0 ? 1 : h; // 0 marks an empty slot

    private void Grow()
    {
        var keys = _keys;
        _keys = new ulong[keys.Length * 2];
        var mask = _keys.Length - 1;
        foreach (var k in keys)
        {
            if (k == 0) continue;
            var i = (int)(Mix(k) & (ulong)mask);
            while (_keys[i] != 0) i = (i + 1) & mask;
            _keys[i] = k;
        }
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
