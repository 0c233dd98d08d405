using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data.Geo;

/// <summary>
/// Matches boundary features to the spaces of a data set (<em>Zuordnung der Grenzen</em>) and gives each matched
/// space the feature's boundary and centroid (and its area where the data set has none), so maps, distances and
/// contiguity (<see cref="Statistics.RegionTables.Neighbours"/>) come from the geometry.
/// </summary>
/// <remarks>
/// <para>Key: the attribute named by <c>key</c> (the CLI's <c>--boundaries-key</c>, case-insensitive), or else the
/// attribute whose values match the most space ids (ties: <c>schluessel</c>, <c>ags</c>, <c>id</c>, <c>ars</c>,
/// <c>kn</c>, then file order). A value matches a space id when equal; a number that lost its leading zeros (Excel,
/// DBF numeric fields: <c>5970040</c>) matches the zero-padded id (<c>05970040</c>); a 12-digit
/// Regionalschlüssel (ARS <c>059700040040</c>) matches its AGS (<c>05970040</c>).</para>
/// <para>Warnings: features that match no space (one warning listing them), two features for one space (the larger
/// is used), spaces without a feature at a level where others have one (one each), a multi-part feature (only the
/// largest part is drawn). A note names the key and counts.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class BoundaryMatching
{
    private static readonly string[] PreferredKeys = ["schluessel", "schlüssel", "ags", "id", "space_id", "ars", "kn", "gkz"];

    /// <summary>Reads a boundary file (<see cref="BoundaryFile.Read"/>) and matches it (<see cref="Apply"/>).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="path">The GeoJSON or shapefile.</param>
    /// <param name="key">The key attribute, or null to find it.</param>
    /// <param name="notes">Receives warnings and the matching note, or null.</param>
    /// <param name="maxInputBytes">Size limit of a GeoJSON file.</param>
    /// <returns>The data set with the file's boundaries.</returns>
    /// <exception cref="DataProblemException">The file cannot be read or matched (all problems listed).</exception>
    public static PlanningData ApplyFile(PlanningData data, string path, string? key, ICollection<DataProblem>? notes, long maxInputBytes = Csv.CsvReadOptions.DefaultMaxInputBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Apply(data, BoundaryFile.Read(path, notes, maxInputBytes), Path.GetFileName(path), key, notes);
    }

    /// <summary>Gives the data set's spaces the boundaries of the matching features.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="features">The features (<see cref="BoundaryFile.Read"/>).</param>
    /// <param name="source">The boundary file's name, for problems.</param>
    /// <param name="key">The key attribute, or null to find it.</param>
    /// <param name="notes">Receives warnings and the matching note, or null.</param>
    /// <returns>The data set with boundaries, centroids and missing areas from the file.</returns>
    /// <exception cref="DataProblemException">The key attribute does not exist, or no attribute matches any space id.</exception>
    public static PlanningData Apply(PlanningData data, IReadOnlyList<BoundaryFeature> features, string source, string? key, ICollection<DataProblem>? notes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(source);
        var spaces = data.Region.Spaces;
        var lookup = new Lookup(spaces);
        var names = features.SelectMany(f => f.Attributes.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        string attribute;
        if (key is not null)
        {
            attribute = names.FirstOrDefault(n => string.Equals(n, key.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DataProblemException(new DataProblem(source, "--boundaries-key", key,
                    $"no feature has this attribute; the attributes are: {string.Join(", ", names)}"));
        }
        else
        {
            var scored = names.Select((n, i) => (Name: n, Order: i, Hits: features.Count(f => f.Attributes.TryGetValue(n, out var v) && lookup.Find(v, out _) is not null)))
                .OrderByDescending(x => x.Hits)
                .ThenBy(x => Array.FindIndex(PreferredKeys, k => string.Equals(k, x.Name, StringComparison.OrdinalIgnoreCase)) is var p && p >= 0 ? p : PreferredKeys.Length)
                .ThenBy(x => x.Order).ToArray();
            if (scored.Length == 0 || scored[0].Hits == 0)
            {
                var examples = string.Join(", ", names.Take(8).Select(n => $"{n} (e.g. '{features.Select(f => f.Attributes.GetValueOrDefault(n)).FirstOrDefault(v => v is not null)}')"));
                throw new DataProblemException(new DataProblem(source, "--boundaries-key", null,
                    $"no attribute's values match the space ids (e.g. '{string.Join("', '", spaces.Take(3).Select(s => s.Id.Value))}'); attributes: {examples}; name the key with --boundaries-key"));
            }
            attribute = scored[0].Name;
        }

        var byIndex = new Dictionary<int, BoundaryFeature>();
        var unmatched = new List<string>();
        var padded = 0;
        foreach (var f in features)
        {
            if (!f.Attributes.TryGetValue(attribute, out var value) || lookup.Find(value, out var wasPadded) is not { } i)
            {
                unmatched.Add(f.Attributes.GetValueOrDefault(attribute) ?? $"#{f.Index.ToString(CultureInfo.InvariantCulture)} (leer/empty)");
                continue;
            }
            if (wasPadded) padded++;
            if (byIndex.TryGetValue(i, out var other))
            {
                notes?.Add(Warning(source, attribute, value,
                    $"two features ({Place(other)}, {Place(f)}) match space '{spaces[i].Id}'; the larger ({(f.AreaKm2 > other.AreaKm2 ? Place(f) : Place(other))}) is used"));
                if (f.AreaKm2 <= other.AreaKm2) continue;
            }
            byIndex[i] = f;
            if (f.PartCount > 1)
                notes?.Add(Warning(source, attribute, value,
                    $"{Place(f)} has {f.PartCount.ToString(CultureInfo.InvariantCulture)} parts; the map and contiguity use the largest, centroid and area all parts"));
        }
        if (unmatched.Count > 0)
            notes?.Add(Warning(source, attribute, string.Join(", ", unmatched.Take(20)) + (unmatched.Count > 20 ? ", …" : ""),
                $"{unmatched.Count.ToString(CultureInfo.InvariantCulture)} feature(s) match no space of the data set and are left out"));
        var matchedLevels = byIndex.Keys.Select(i => spaces[i].Level).ToHashSet();
        var missingOther = 0;
        for (var i = 0; i < spaces.Count; i++)
        {
            if (byIndex.ContainsKey(i)) continue;
            if (matchedLevels.Contains(spaces[i].Level))
                notes?.Add(Warning(source, attribute, spaces[i].Id.Value, $"space '{spaces[i].Name}' has no boundary in the file (no map area, distances from its own centroid if any)"));
            else missingOther++;
        }
        notes?.Add(new DataProblem(source, attribute, null,
            $"boundaries matched by attribute '{attribute}': {byIndex.Count.ToString(CultureInfo.InvariantCulture)} of {spaces.Count.ToString(CultureInfo.InvariantCulture)} spaces"
            + (padded > 0 ? $", {padded.ToString(CultureInfo.InvariantCulture)} after restoring leading zeros or from a Regionalschlüssel" : "")
            + (missingOther > 0 ? $"; {missingOther.ToString(CultureInfo.InvariantCulture)} space(s) of other levels (e.g. the Kreis) without a boundary" : "")) { Severity = ProblemSeverity.Note });

        var updated = spaces.Select((s, i) => byIndex.TryGetValue(i, out var f)
            ? new SocialSpace(s.Id, s.Name, s.Level, s.Parent, s.Key, s.AreaKm2 ?? f.AreaKm2, f.Centroid, f.Boundary, s.Population, s.Provenance, s.OwnYouthOffice)
            : s);
        return data.WithRegion(new Region(updated));
    }

    private static string Place(BoundaryFeature f) => $"feature {f.Index.ToString(CultureInfo.InvariantCulture)}";

    private static DataProblem Warning(string source, string field, string? value, string message) =>
        new(source, field, value, message) { Severity = ProblemSeverity.Warning };

    /// <summary>Space ids by their exact text and, for digit-only ids, by their digits without leading zeros.</summary>
    private sealed class Lookup
    {
        private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _digits = new(StringComparer.Ordinal);

        public Lookup(IReadOnlyList<SocialSpace> spaces)
        {
            for (var i = 0; i < spaces.Count; i++)
            {
                var id = spaces[i].Id.Value;
                _exact.TryAdd(id, i);
                if (IsDigits(id)) _digits.TryAdd(id.TrimStart('0'), i);
            }
        }

        public int? Find(string value, out bool padded)
        {
            padded = false;
            var v = value.Trim();
            if (_exact.TryGetValue(v, out var i)) return i;
            if (!IsDigits(v)) return null;
            padded = true;
            if (_digits.TryGetValue(v.TrimStart('0'), out i)) return i;
            // A Regionalschlüssel LLRKKVVVVGGG (12 digits, perhaps without its leading zero) holds the AGS LLRKK + GGG.
            var ars = v.PadLeft(12, '0');
            if (v.Length is 11 or 12 && _digits.TryGetValue((ars[..5] + ars[9..]).TrimStart('0'), out i)) return i;
            padded = false;
            return null;
        }

        private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
    }
}
