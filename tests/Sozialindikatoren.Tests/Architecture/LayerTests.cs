using System.Reflection;
using System.Reflection.Emit;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Tests.Architecture;

/// <summary>
/// The layer rules of docs/architecture.md, checked on the compiled library: every type's references (base types,
/// interfaces, fields, signatures, attributes and every member or type named in method bodies' IL) may point only to
/// its own namespace or to a lower layer.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Top-level namespaces (below <c>Sozialindikatoren.</c>) and their layer: a namespace may use only
    /// namespaces of a strictly lower layer (or itself). Keep in step with docs/architecture.md.</summary>
    internal static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // Leaves: no dependency inside the library.
        ["Common"] = 0,
        ["Text"] = 0,
        ["Optimisation"] = 0,
        // Domain model.
        ["Spaces"] = 1,
        ["Funding"] = 1,
        ["Statistics"] = 2,
        ["Offerings"] = 3,
        ["Indicators"] = 3,
        ["Participation"] = 4,
        ["Planning"] = 5,
        // Calculation layers.
        ["Access"] = 6,
        ["Composite"] = 6,
        ["Gaps"] = 7,
        ["Monitoring"] = 7,
        ["Cuts"] = 8,
        ["FollowUpCosts"] = 9,
        ["Analysis"] = 10,
        // I/O, samples and presentation.
        ["Data"] = 10,
        ["Samples"] = 11,
        ["Reporting"] = 12,
    };

    /// <summary>The calculation layers: they take and return domain values and never read or write files.</summary>
    private static readonly string[] Calculation = ["Statistics", "Indicators", "Composite", "Access", "Gaps", "Cuts", "Monitoring", "FollowUpCosts"];

    private static readonly Assembly Library = typeof(DataProblem).Assembly;

    [Fact]
    public void EveryNamespaceHasALayer()
    {
        var unknown = Library.GetTypes().Select(t => Area(t.Namespace)).Where(a => a is not null && !Layers.ContainsKey(a)).Distinct().ToArray();
        Assert.True(unknown.Length == 0, "namespaces without a layer (add them to LayerTests.Layers and docs/architecture.md): " + string.Join(", ", unknown));
        Assert.DoesNotContain(Library.GetTypes(), t => t.Namespace == "Sozialindikatoren" && !IsCompilerGenerated(t));
    }

    [Fact]
    public void ArrowsPointDownward()
    {
        var violations = Edges().Where(e => Layers.TryGetValue(e.From, out var from) && Layers.TryGetValue(e.To, out var to) && to >= from && e.From != e.To)
            .Select(e => $"{e.From} -> {e.To} ({e.Type} uses {e.Used})").Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(violations.Length == 0, "upward or sideways edges:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void CalculationLayersDoNotUseData_AndDataDoesNotUseReporting()
    {
        var edges = Edges().ToArray();
        Assert.DoesNotContain(edges, e => Calculation.Contains(e.From) && e.To == "Data");
        Assert.DoesNotContain(edges, e => e.From == "Data" && e.To == "Reporting");
        Assert.DoesNotContain(edges, e => e.From is "Common" or "Text" && e.To != e.From);
    }

    [Fact]
    public void TheScanSeesEdgesInSignaturesAndBodies()
    {
        // The scanner must find what it is meant to forbid: Planning's PlanningData names Spaces in a signature,
        // and Data's readers construct Planning values in their bodies.
        var edges = Edges().ToArray();
        Assert.Contains(edges, e => e.From == "Planning" && e.To == "Spaces");
        Assert.Contains(edges, e => e.From == "Data" && e.To == "Planning");
        Assert.Contains(edges, e => e.From == "Data" && e.To == "Text");
    }

    [Fact]
    public void FileNamespacesEqualFolders()
    {
        var src = Path.Combine(RepoRoot(), "src", "Sozialindikatoren");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(src, file);
            if (rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("bin", StringComparison.Ordinal)) continue;
            var folder = Path.GetDirectoryName(rel)!.Replace(Path.DirectorySeparatorChar, '.');
            var expected = folder.Length == 0 ? "Sozialindikatoren" : "Sozialindikatoren." + folder;
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal));
            if (line is null || line.TrimEnd(';').Trim() != "namespace " + expected) wrong.Add($"{rel}: {line ?? "(no namespace)"}, expected {expected}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sozialindikatoren.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static string? Area(string? ns)
    {
        if (ns is null || !ns.StartsWith("Sozialindikatoren.", StringComparison.Ordinal)) return null;
        var rest = ns["Sozialindikatoren.".Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static bool IsCompilerGenerated(Type t) => t.Name.Contains('<', StringComparison.Ordinal) || t.Name.StartsWith("__", StringComparison.Ordinal);

    private sealed record Edge(string From, string To, string Type, string Used);

    private static IEnumerable<Edge> Edges()
    {
        foreach (var type in Library.GetTypes())
        {
            var from = Area(type.Namespace);
            if (from is null) continue;
            foreach (var used in Referenced(type))
            {
                foreach (var t in Expand(used))
                {
                    var to = Area(t.Namespace);
                    if (to is not null && to != from) yield return new Edge(from, to, type.FullName ?? type.Name, t.FullName ?? t.Name);
                }
            }
        }
    }

    /// <summary>A type with its generic arguments, element types and declaring types.</summary>
    private static IEnumerable<Type> Expand(Type? t)
    {
        if (t is null) yield break;
        if (t.HasElementType) { foreach (var e in Expand(t.GetElementType())) yield return e; yield break; }
        if (t.IsGenericParameter) yield break;
        yield return t;
        if (t.IsGenericType && !t.IsGenericTypeDefinition)
            foreach (var a in t.GetGenericArguments()) foreach (var e in Expand(a)) yield return e;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var a in type.CustomAttributes) yield return a.AttributeType;
        foreach (var f in type.GetFields(All)) yield return f.FieldType;
        foreach (var p in type.GetProperties(All)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi) yield return mi.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
            foreach (var t in BodyReferences(m)) yield return t;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Every type, field and method token in a method body's IL, resolved to types.</summary>
    private static List<Type> BodyReferences(MethodBase method)
    {
        var result = new List<Type>();
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException) { il = null; }
        if (il is null) return result;
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } dt ? dt.GetGenericArguments() : null;
        var methodArgs = method is MethodInfo { IsGenericMethod: true } gm ? gm.GetGenericArguments() : null;
        var pos = 0;
        while (pos < il.Length)
        {
            short value = il[pos++];
            if (value == 0xFE) value = (short)(0xFE00 | il[pos++]);
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: pos += 1; break;
                case OperandType.InlineVar: pos += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: pos += 8; break;
                case OperandType.InlineSwitch: pos += 4 + 4 * BitConverter.ToInt32(il, pos); break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var token = BitConverter.ToInt32(il, pos);
                    pos += 4;
                    try
                    {
                        switch (module.ResolveMember(token, typeArgs, methodArgs))
                        {
                            case Type t: result.Add(t); break;
                            case FieldInfo f: result.Add(f.DeclaringType!); result.Add(f.FieldType); break;
                            case MethodInfo m: result.Add(m.DeclaringType!); result.Add(m.ReturnType); result.AddRange(m.GetParameters().Select(p => p.ParameterType)); if (m.IsGenericMethod) result.AddRange(m.GetGenericArguments()); break;
                            case ConstructorInfo c: result.Add(c.DeclaringType!); break;
                        }
                    }
                    catch (ArgumentException) { }
                    break;
                default: pos += 4; break; // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
            }
        }
        return result;
    }
}
