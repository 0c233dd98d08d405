using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Json;

/// <summary>
/// The strict pre-scan of every JSON document the library reads: walks the tokens with <see cref="Utf8JsonReader"/>
/// alongside the source-generated metadata of the target type and reports, with JSON path, line and column,
/// every duplicate member (<c>{"id": "a", "id": "b"}</c>, compared as the deserialiser matches names) and every member
/// the target object does not know, naming the nearest known member (Levenshtein distance over that object's names).
/// </summary>
/// <remarks>Syntax errors are left to the deserialiser, which reports them with position; the scan stops at the first.</remarks>
internal static class JsonMemberCheck
{
    private sealed class Frame(JsonTypeInfo? info, bool isObject, string path, StringComparer comparer)
    {
        public JsonTypeInfo? Info { get; } = info;
        public bool IsObject { get; } = isObject;
        public string Path { get; } = path;
        public HashSet<string> Seen { get; } = new(comparer);
        public int Count { get; set; }
        public JsonTypeInfo? Pending { get; set; }
        public string PendingPath { get; set; } = path;
    }

    /// <summary>Lists the duplicate and unknown members of <paramref name="utf8"/> against <paramref name="root"/>.</summary>
    /// <param name="utf8">The whole document.</param>
    /// <param name="root">The metadata of the document type.</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <returns>The problems, in document order (empty when none).</returns>
    public static List<DataProblem> Check(ReadOnlySpan<byte> utf8, JsonTypeInfo root, string sourceName)
    {
        var problems = new List<DataProblem>();
        var comparer = root.Options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = root.Options.ReadCommentHandling, AllowTrailingCommas = root.Options.AllowTrailingCommas });
        var stack = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        OnMember(ref reader, stack.Peek(), utf8, sourceName, problems);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var (info, path) = NextValue(stack, root);
                        stack.Push(new Frame(info, reader.TokenType == JsonTokenType.StartObject, path, comparer));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    case JsonTokenType.Comment:
                        break;
                    default:
                        NextValue(stack, root);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Broken syntax: the deserialiser reports it with its position.
        }
        return problems;
    }

    /// <summary>The metadata and path of the value starting now, advancing the array index of the enclosing frame.</summary>
    private static (JsonTypeInfo? Info, string Path) NextValue(Stack<Frame> stack, JsonTypeInfo root)
    {
        if (stack.Count == 0) return (root, "$");
        var top = stack.Peek();
        if (top.IsObject) return (top.Pending, top.PendingPath);
        var index = top.Count++;
        return (Resolve(top.Info, top.Info?.ElementType), $"{top.Path}[{index}]");
    }

    private static void OnMember(ref Utf8JsonReader reader, Frame frame, ReadOnlySpan<byte> utf8, string sourceName, List<DataProblem> problems)
    {
        var name = reader.GetString()!;
        var path = frame.Path + "." + name;
        frame.PendingPath = path;
        frame.Pending = null;
        var (line, column) = Position(utf8, checked((int)reader.TokenStartIndex));
        if (!frame.Seen.Add(name))
            problems.Add(new DataProblem(sourceName, line, column, path, name, $"duplicate member '{name}' at {path}: each member may appear once"));
        var info = frame.Info;
        if (info is null) return;
        if (info.Kind == JsonTypeInfoKind.Dictionary)
        {
            frame.Pending = Resolve(info, info.ElementType);
            return;
        }
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var comparison = info.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, comparison));
        if (property is not null)
        {
            frame.Pending = Resolve(info, property.PropertyType);
            return;
        }
        if (info.Properties.Count == 0) return;
        var nearest = Nearest(name, info.Properties.Select(p => p.Name));
        problems.Add(new DataProblem(sourceName, line, column, path, name,
            $"unknown member '{name}' at {path}; did you mean '{nearest}'? (known: {string.Join(", ", info.Properties.Select(p => p.Name))})"));
    }

    private static JsonTypeInfo? Resolve(JsonTypeInfo? owner, Type? type)
    {
        if (owner is null || type is null) return null;
        try
        {
            return owner.Options.GetTypeInfo(type);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>1-based line and column (in bytes) of a byte offset.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lastBreak = before.LastIndexOf((byte)'\n');
        return (line, offset - lastBreak);
    }

    /// <summary>The candidate with the smallest case-insensitive Levenshtein distance to <paramref name="name"/> (first on ties).</summary>
    /// <param name="name">The misspelt name.</param>
    /// <param name="candidates">The known names (at least one).</param>
    /// <returns>The nearest known name.</returns>
    internal static string Nearest(string name, IEnumerable<string> candidates) =>
        candidates.MinBy(c => Levenshtein(name.ToUpperInvariant(), c.ToUpperInvariant()))!;

    /// <summary>The Levenshtein edit distance (insertions, deletions, substitutions of one character each cost 1).</summary>
    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
