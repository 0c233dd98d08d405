using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data;

/// <summary>
/// The one rule for a space key that lost the leading zero of its AGS (<em>Amtlicher Gemeindeschlüssel</em>), as Excel
/// and DBF number fields drop it: <c>5970004</c> is read as <c>05970004</c> (and a Kreis key <c>5970</c> as
/// <c>05970</c>) when the zero-padded key is a known space. Used by every key column of a data folder or workbook
/// (through <see cref="Csv.CsvInput.SpaceKey(int)"/>) and by the official tables in <c>indicators/</c>.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class SpaceKeys
{
    /// <summary>Whether <paramref name="key"/> is all digits, 7 long (a Gemeinde AGS without its leading zero) or — when
    /// <paramref name="kreisKeys"/> — 4 long (a Kreis key), and its zero-padded form passes <paramref name="isKnown"/>.</summary>
    /// <param name="key">The key as read (trimmed).</param>
    /// <param name="isKnown">Whether a padded key is a space (or, for the space table's own id column, a valid AGS).</param>
    /// <param name="padded">The key with the leading zero; the key itself when false.</param>
    /// <param name="kreisKeys">Also restore 4-digit Kreis keys (official tables, whose Kreis rows have 5-digit keys).</param>
    public static bool TryRestoreLeadingZero(string key, Func<string, bool> isKnown, out string padded, bool kreisKeys = false)
    {
        padded = key;
        if (!(key.Length == 7 || (kreisKeys && key.Length == 4)) || !key.All(char.IsAsciiDigit)) return false;
        var candidate = "0" + key;
        if (!isKnown(candidate)) return false;
        padded = candidate;
        return true;
    }

    /// <summary>Whether a key is an 8-digit AGS with a valid Land (01-16): the test for a space table's own id column,
    /// where no list of known spaces exists yet.</summary>
    public static bool IsAgs(string key) => key.Length == 8 && MunicipalityKey.TryParse(key, out _);

    /// <summary>The warning text for a restored key.</summary>
    public static string Message(string key, string padded) =>
        $"'{key}' has {key.Length} digits: read as '{padded}' (the key of a space with the leading zero of the AGS, which Excel drops; keep key columns as text). Later rows with '{key}' in this column are read the same way.";
}
