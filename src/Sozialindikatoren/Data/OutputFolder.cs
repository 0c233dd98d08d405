using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sozialindikatoren.Data;

/// <summary>
/// The one way the tool writes its results (<em>sichere Ausgabe</em>): inputs are never replaced, foreign files only
/// with force, and every file appears complete or not at all.
/// </summary>
/// <remarks>
/// <para>Rules: (1) an output that is a file read as input of the run — or any file inside an input folder — is refused
/// (<see cref="OutputRefusal.ReplacesInput"/>, also with force); (2) an existing output file is replaced only when it is
/// ours: in a folder, listed in the folder's manifest <see cref="ManifestName"/> that every write updates; for a single
/// file, starting with the header line of its format; otherwise refused unless force; (3) all outputs of a call are
/// checked before the first is written; (4) each file is written to a temporary file in the same folder and renamed
/// into place, so an interrupted or failed run leaves no half-written or empty file. Reruns into the same folder work
/// because the manifest lists the earlier outputs. Paths compare case-insensitively except on Linux.</para>
/// </remarks>
/// <threadsafety>Instances are immutable; writing to the same folder from two processes at once is not supported.</threadsafety>
public sealed class OutputFolder
{
    /// <summary>The manifest file the tool writes into every output folder: JSON <c>{"generator": "sozialindikatoren", "files": [...]}</c>.</summary>
    public const string ManifestName = "sozialindikatoren-manifest.json";

    private const string Generator = "sozialindikatoren";
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
    private readonly InputSet _inputs;

    /// <summary>Prepares an output folder.</summary>
    /// <param name="directory">The folder (created when first written).</param>
    /// <param name="inputs">Every file or folder the run reads (null entries are ignored).</param>
    /// <param name="force">Whether existing files that are not ours may be replaced (never inputs).</param>
    public OutputFolder(string directory, IEnumerable<string?> inputs, bool force = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(inputs);
        FullPath = Path.GetFullPath(directory);
        Force = force;
        _inputs = new InputSet(inputs);
    }

    /// <summary>The full path of the folder.</summary>
    public string FullPath { get; }

    /// <summary>Whether foreign files may be replaced.</summary>
    public bool Force { get; }

    /// <summary>Checks that every named file may be written, without writing anything.</summary>
    /// <param name="names">File names inside the folder.</param>
    /// <exception cref="OutputRefusedException">A file would replace an input, or is not ours and force is off, or the folder is a file.</exception>
    public void Check(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (File.Exists(FullPath)) throw new OutputRefusedException(FullPath, OutputRefusal.WrongKind);
        var manifest = ReadManifest(out var manifestIsOurs);
        var manifestPath = Path.Combine(FullPath, ManifestName);
        if (_inputs.Contains(manifestPath)) throw new OutputRefusedException(manifestPath, OutputRefusal.ReplacesInput);
        if (!manifestIsOurs && !Force) throw new OutputRefusedException(manifestPath, OutputRefusal.NotOurs);
        foreach (var name in names)
        {
            var path = PathOf(name);
            if (_inputs.Contains(path)) throw new OutputRefusedException(path, OutputRefusal.ReplacesInput);
            if (Directory.Exists(path)) throw new OutputRefusedException(path, OutputRefusal.WrongKind);
            if (File.Exists(path) && !manifest.Contains(name) && !Force) throw new OutputRefusedException(path, OutputRefusal.NotOurs);
        }
    }

    /// <summary>Checks all files, then writes each through a temporary file and records it in the manifest.</summary>
    /// <param name="files">File names inside the folder and their text (UTF-8 without BOM).</param>
    /// <returns>The full paths written, in order.</returns>
    /// <exception cref="OutputRefusedException">See <see cref="Check"/>; nothing is written then.</exception>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    public IReadOnlyList<string> WriteAll(IReadOnlyList<(string Name, string Content)> files) => WriteAll(files, []);

    /// <summary>Checks all files, then writes the text files and the binary files (e.g. <c>report.xlsx</c>), each through
    /// a temporary file, and records them in the manifest.</summary>
    /// <param name="files">File names inside the folder and their text (UTF-8 without BOM, unless the text starts with
    /// U+FEFF, which is then written as the UTF-8 BOM).</param>
    /// <param name="binaries">File names inside the folder and their bytes.</param>
    /// <returns>The full paths written, in order (text files first).</returns>
    /// <exception cref="OutputRefusedException">See <see cref="Check"/>; nothing is written then.</exception>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    public IReadOnlyList<string> WriteAll(IReadOnlyList<(string Name, string Content)> files, IReadOnlyList<(string Name, byte[] Content)> binaries)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(binaries);
        Check(files.Select(f => f.Name).Concat(binaries.Select(b => b.Name)));
        Directory.CreateDirectory(FullPath);
        var manifest = ReadManifest(out _);
        var written = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = PathOf(name);
            WriteAtomically(path, w => w.Write(content));
            manifest.Add(name);
            written.Add(path);
        }
        foreach (var (name, content) in binaries)
        {
            var path = PathOf(name);
            WriteStreamAtomically(path, s => s.Write(content));
            manifest.Add(name);
            written.Add(path);
        }
        WriteManifest(manifest);
        return written;
    }

    /// <summary>Writes one binary output file (e.g. a workbook) through a temporary file: refused when it is an input or
    /// a folder; an existing file is replaced only when <paramref name="isOurs"/> says it was written by this tool, or
    /// with force.</summary>
    /// <param name="path">The file.</param>
    /// <param name="inputs">Every file or folder the run reads.</param>
    /// <param name="force">Whether a file that is not ours may be replaced.</param>
    /// <param name="isOurs">Whether an existing file was written by this tool (e.g. the workbook's creator).</param>
    /// <param name="write">Writes the content; if it throws, nothing is left behind.</param>
    /// <exception cref="OutputRefusedException">The file would replace an input, is a folder, or is not ours and force is off.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteBinaryFile(string path, IEnumerable<string?> inputs, bool force, Func<string, bool> isOurs, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(isOurs);
        ArgumentNullException.ThrowIfNull(write);
        CheckFile(path, "", inputs, force: true);
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !force && !isOurs(full)) throw new OutputRefusedException(full, OutputRefusal.NotOurs);
        WriteStreamAtomically(full, write);
    }

    /// <summary>Checks a single output file: not an input, and replaced only when it starts with <paramref name="header"/> or with force.</summary>
    /// <param name="path">The file.</param>
    /// <param name="header">The first line of our format (e.g. <c>row,col,value,status</c>).</param>
    /// <param name="inputs">Every file or folder the run reads.</param>
    /// <param name="force">Whether a file that is not ours may be replaced.</param>
    /// <exception cref="OutputRefusedException">The file would replace an input, is a folder, or is not ours and force is off.</exception>
    public static void CheckFile(string path, string header, IEnumerable<string?> inputs, bool force = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(header);
        var full = Path.GetFullPath(path);
        if (new InputSet(inputs).Contains(full)) throw new OutputRefusedException(full, OutputRefusal.ReplacesInput);
        if (Directory.Exists(full)) throw new OutputRefusedException(full, OutputRefusal.WrongKind);
        if (File.Exists(full) && !force && !StartsWith(full, header)) throw new OutputRefusedException(full, OutputRefusal.NotOurs);
    }

    /// <summary>
    /// Writes one output file through a temporary file: refused when it is an input; an existing file is replaced only
    /// when its first line equals the first line just written (our header) or with force.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="inputs">Every file or folder the run reads.</param>
    /// <param name="force">Whether a file that is not ours may be replaced.</param>
    /// <param name="write">Writes the content, starting with the format's header line; if it throws, nothing is left behind.</param>
    /// <exception cref="OutputRefusedException">The file would replace an input, is a folder, or is not ours and force is off; nothing is written then.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, IEnumerable<string?> inputs, bool force, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        CheckFile(path, "", inputs, force: true);
        var full = Path.GetFullPath(path);
        WriteAtomically(full, write, temp =>
        {
            if (!File.Exists(full) || force) return;
            var header = FirstLine(temp);
            if (header.Length == 0 || !StartsWith(full, header)) throw new OutputRefusedException(full, OutputRefusal.NotOurs);
        });
    }

    private string PathOf(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name != Path.GetFileName(name) || name == ManifestName)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"names: '{name}' is not a plain file name of an output."), nameof(name));
        return Path.Combine(FullPath, name);
    }

    private static void WriteAtomically(string path, Action<TextWriter> write, Action<string>? beforeReplace = null)
    {
        var dir = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(dir, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var w = new StreamWriter(temp, append: false, Utf8) { NewLine = "\n" })
                write(w);
            beforeReplace?.Invoke(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void WriteStreamAtomically(string path, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(dir, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var s = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite))
                write(s);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private HashSet<string> ReadManifest(out bool ours)
    {
        var set = new HashSet<string>(PathComparer);
        var path = Path.Combine(FullPath, ManifestName);
        ours = true;
        if (!File.Exists(path)) return set;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("generator", out var g) || g.GetString() != Generator
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                ours = false;
                return set;
            }
            foreach (var f in files.EnumerateArray())
                if (f.ValueKind == JsonValueKind.String && f.GetString() is { } name) set.Add(name);
        }
        catch (JsonException)
        {
            ours = false;
        }
        return set;
    }

    private void WriteManifest(HashSet<string> files)
    {
        var path = Path.Combine(FullPath, ManifestName);
        WriteAtomically(path, w =>
        {
            var sb = new StringBuilder();
            sb.Append("{\n  \"generator\": \"").Append(Generator).Append("\",\n  \"files\": [");
            var first = true;
            foreach (var f in files.Order(StringComparer.Ordinal))
            {
                sb.Append(first ? "\n    " : ",\n    ").Append('"').Append(JsonEncodedText.Encode(f).ToString()).Append('"');
                first = false;
            }
            sb.Append(first ? "]\n}\n" : "\n  ]\n}\n");
            w.Write(sb.ToString());
        });
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[4096];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new string(buffer, 0, n);
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? "" : text[..end];
    }

    private static bool StartsWith(string path, string header)
    {
        try
        {
            using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[header.Length + 2];
            var n = reader.ReadBlock(buffer, 0, buffer.Length);
            var start = new string(buffer, 0, n);
            return start.StartsWith(header, StringComparison.Ordinal) && (n == header.Length || start[header.Length] is '\n' or '\r');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The input files of a run: listed files, and every file inside a listed folder. Paths are compared with
    /// every symbolic link in them resolved, so an output named through a linked folder or a link to an input is
    /// still the input (a hard link is not detected).</summary>
    private sealed class InputSet
    {
        private readonly HashSet<string> _files = new(PathComparer);
        private readonly List<string> _folders = [];

        public InputSet(IEnumerable<string?> inputs)
        {
            ArgumentNullException.ThrowIfNull(inputs);
            foreach (var input in inputs)
            {
                if (string.IsNullOrWhiteSpace(input)) continue;
                var full = ResolveLinks(Path.GetFullPath(input));
                if (Directory.Exists(full)) _folders.Add(Path.TrimEndingDirectorySeparator(full) + Path.DirectorySeparatorChar);
                else _files.Add(full);
            }
        }

        public bool Contains(string fullPath)
        {
            var resolved = ResolveLinks(fullPath);
            return _files.Contains(resolved)
                || _folders.Any(f => resolved.StartsWith(f, PathComparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) && File.Exists(resolved));
        }
    }

    /// <summary>A full path with every symbolic link along it resolved, part by part (parts that do not exist are kept
    /// as they are; at most 40 links deep, as Linux allows).</summary>
    private static string ResolveLinks(string fullPath) => ResolveLinks(fullPath, 0);

    private static string ResolveLinks(string fullPath, int depth)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        var parts = fullPath[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            FileSystemInfo? target = null;
            try
            {
                target = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // a link loop or an unreadable link: compare the path as written
            }
            current = target is not null && depth < 40 ? ResolveLinks(Path.GetFullPath(target.FullName), depth + 1) : next;
        }
        return current;
    }
}
