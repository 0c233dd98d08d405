using System.Text;

namespace Sozialindikatoren.Data.Csv;

/// <summary>One column of a CSV table (<em>Spalte</em>): the canonical (English) name, the German header the
/// documentation and template use, whether it is required, and further accepted headers.</summary>
/// <param name="Name">The canonical name, e.g. <c>area_km2</c>.</param>
/// <param name="German">The German header, e.g. <c>Fläche km²</c>.</param>
/// <param name="Required">Whether a file without the column is an error.</param>
/// <param name="Aliases">Further accepted headers (matched after <see cref="CsvHeader.Normalise"/>).</param>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
internal sealed record CsvColumn(string Name, string German, bool Required, params string[] Aliases);

/// <summary>
/// The header of a CSV table (<em>Kopfzeile</em>): which column of the file holds which <see cref="CsvColumn"/>.
/// Headers match case-, whitespace- and umlaut-insensitively (<see cref="Normalise"/>); a column of the file that
/// matches none is a warning naming it, a missing required column an error naming it.
/// </summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    private CsvHeader() { }

    /// <summary>Binds the columns of a schema to the header of <paramref name="input"/>; reports unknown, repeated and
    /// missing columns into the input's problems.</summary>
    /// <param name="input">The open input.</param>
    /// <param name="columns">The table's columns (one place per table).</param>
    /// <param name="alsoKnown">Further headers the caller reads itself (not reported as unknown), or null.</param>
    /// <returns>The binding.</returns>
    public static CsvHeader Bind(CsvInput input, IReadOnlyList<CsvColumn> columns, Func<string, bool>? alsoKnown = null)
    {
        var header = new CsvHeader();
        var byAlias = new Dictionary<string, CsvColumn>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            foreach (var a in c.Aliases.Prepend(c.German).Prepend(c.Name)) byAlias.TryAdd(Normalise(a), c);
        }
        for (var i = 0; i < input.Headers.Count; i++)
        {
            var name = input.Headers[i];
            if (name.Trim().Length == 0) continue; // an unnamed column (e.g. Excel's trailing ';') carries nothing we read
            if (byAlias.TryGetValue(Normalise(name), out var column))
            {
                if (!header._index.TryAdd(column.Name, i))
                    input.Warning(i, null, $"column '{name}' repeats column {column.Name} ({input.Headers[header._index[column.Name]]}); ignored.");
            }
            else if (alsoKnown is null || !alsoKnown(name))
            {
                input.Warning(i, null, $"unknown column '{name}', ignored (known: {string.Join(", ", columns.Select(c => c.German))}).");
            }
        }
        foreach (var c in columns)
            if (c.Required && !header._index.ContainsKey(c.Name))
                input.Error(-1, c.Name, null, $"required column '{c.German}' ({c.Name}) is missing.");
        return header;
    }

    /// <summary>The field index of a column, or −1 when the file does not have it.</summary>
    /// <summary>Checks the length of the current record against the header: fields beyond the header that are not empty
    /// are an error (in a <c>,</c> file typically an unquoted decimal comma, <c>1,5</c>, which would shift every later
    /// value); with <paramref name="shortIsError"/> a record with fewer fields than the header is an error too (its
    /// missing cells would silently become missing values). Excel's empty trailing fields are fine.</summary>
    /// <returns>Whether the record has the header's length.</returns>
    public static bool CheckRowLength(CsvInput input, bool shortIsError)
    {
        var n = input.FieldCount;
        var m = input.Headers.Count;
        for (var i = m; i < n; i++)
        {
            if (input.Span(i).IsWhiteSpace()) continue;
            input.Error(i, "(no header)", input[i], $"the record has {n} fields, the header {m}; an unquoted decimal comma or a stray delimiter? (quote the cell or use ';' with German numbers).");
            return false;
        }
        if (shortIsError && n < m)
        {
            input.Error(n, null, null, $"the record has {n} fields, the header {m}: a short row (write an empty cell for a missing value).");
            return false;
        }
        return true;
    }

    public int this[string name] => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Whether the file has the column.</summary>
    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>Normalises a header (or a coded value) for matching: trimmed, lower case, umlauts folded (ä → ae, ö →
    /// oe, ü → ue, ß → ss), ² → 2, ³ → 3, runs of spaces, hyphens, dots, slashes and parentheses → one <c>_</c>, no
    /// leading or trailing <c>_</c>. <c>Fläche km²</c> → <c>flaeche_km2</c>, <c>Angebot-ID</c> → <c>angebot_id</c>.</summary>
    /// <param name="text">The header.</param>
    /// <returns>The key.</returns>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        var pendingSeparator = false;
        foreach (var ch in text.Trim().ToLowerInvariant())
        {
            if (ch is ' ' or '\u00A0' or '\t' or '-' or '.' or '/' or '(' or ')' or '_' or '\u2013')
            {
                pendingSeparator = sb.Length > 0;
                continue;
            }
            if (pendingSeparator) { sb.Append('_'); pendingSeparator = false; }
            switch (ch)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                case '²': sb.Append('2'); break;
                case '³': sb.Append('3'); break;
                case '\uFEFF': break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}
