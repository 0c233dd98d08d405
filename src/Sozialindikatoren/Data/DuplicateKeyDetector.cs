using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// Finds repeated ids in a streamed table without keeping the ids (<em>doppelte Kennungen</em>): a flat open-addressing
/// set of 64-bit hashes of the ids, each with the line of its first occurrence (12 bytes per slot, at most 75 % full:
/// about 24 MB for a million rows). A hash that is already in the set makes the row a <em>suspect</em> (the id and both
/// lines are kept); <see cref="Confirm"/> re-reads the ids of the earlier lines once and compares the ids exactly, so a
/// hash collision between two different ids is never reported as a repeat (and a later repeat of a colliding id is).
/// </summary>
/// <threadsafety>Not thread-safe; one instance per read.</threadsafety>
internal sealed class DuplicateKeyDetector
{
    /// <summary>A 64-bit hash of an id.</summary>
    internal delegate ulong Hasher(ReadOnlySpan<char> id);

    private readonly Hasher _hash;
    private ulong[] _keys = new ulong[1 << 12];
    private int[] _lines = new int[1 << 12];
    private int _count;
    private readonly List<(int Line, int FirstLine, ulong Hash, string Id)> _suspects = [];

    /// <summary>A detector with <see cref="Hash64"/>, or (for tests) another hash.</summary>
    internal DuplicateKeyDetector(Hasher? hash = null) => _hash = hash ?? Hash64;

    /// <summary>The number of distinct hashes seen.</summary>
    public int Count => _count;

    /// <summary>Whether some row's hash was seen before (a repeat until <see cref="Confirm"/> says otherwise).</summary>
    public bool HasSuspects => _suspects.Count > 0;

    /// <summary>Adds the id of a row; a hash seen before makes the row a suspect (at most <see cref="CsvInput.MaxErrors"/> kept).</summary>
    public void Add(ReadOnlySpan<char> id, int line)
    {
        var h = _hash(id);
        if (h == 0) h = 1; // 0 marks an empty slot
        var mask = _keys.Length - 1;
        var i = (int)(Mix(h) & (ulong)mask);
        while (_keys[i] != 0)
        {
            if (_keys[i] == h)
            {
                if (_suspects.Count < CsvInput.MaxErrors) _suspects.Add((line, _lines[i], h, id.ToString()));
                return;
            }
            i = (i + 1) & mask;
        }
        _keys[i] = h;
        _lines[i] = line;
        if (++_count > _keys.Length / 4 * 3) Grow();
    }

    /// <summary>Re-reads the table once for the ids of the suspects' earlier lines and reports each real repeat.</summary>
    /// <param name="reopen">Opens the table again from its start (same file, same options).</param>
    /// <param name="idColumn">The index of the id column.</param>
    /// <param name="repeat">Called for each repeat with its line, the earlier line and the id.</param>
    public void Confirm(Func<CsvInput> reopen, int idColumn, Action<int, int, string> repeat)
    {
        if (_suspects.Count == 0) return;
        var wanted = _suspects.Select(s => s.FirstLine).ToHashSet();
        var ids = new Dictionary<int, string>();
        using (var again = reopen())
        {
            // The header was read by Open, as in the first pass: the physical lines are the same.
            while (ids.Count < wanted.Count && again.Read())
                if (wanted.Contains(again.Line)) ids[again.Line] = again[idColumn];
        }
        // Per hash, the ids seen so far with their first line: the stored one, then each suspect that was a collision, so
        // that a later repeat of a colliding id is still found.
        var byHash = new Dictionary<ulong, Dictionary<string, int>>();
        foreach (var (line, first, hash, id) in _suspects)
        {
            if (!byHash.TryGetValue(hash, out var seen))
            {
                byHash[hash] = seen = new Dictionary<string, int>(StringComparer.Ordinal);
                if (ids.TryGetValue(first, out var stored)) seen[stored] = first;
            }
            if (seen.TryGetValue(id, out var earlier)) repeat(line, earlier, id);
            else seen[id] = line;
        }
        _suspects.Clear();
    }

    private void Grow()
    {
        var keys = _keys;
        var lines = _lines;
        _keys = new ulong[keys.Length * 2];
        _lines = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var j = 0; j < keys.Length; j++)
        {
            if (keys[j] == 0) continue;
            var i = (int)(Mix(keys[j]) & (ulong)mask);
            while (_keys[i] != 0) i = (i + 1) & mask;
            _keys[i] = keys[j];
            _lines[i] = lines[j];
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units of the id, 64 bits.</summary>
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
