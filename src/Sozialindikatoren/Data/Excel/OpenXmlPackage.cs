using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Sozialindikatoren.Data.Excel;

/// <summary>
/// Makes an Office Open XML package (<c>.xlsx</c>, <c>.docx</c>) byte-identical for identical content
/// (<em>reproduzierbare Ausgabe</em>): the packaging layer names the core-properties part and the package-level
/// relationships with fresh random ids and stamps every zip entry with the clock. Here the part becomes
/// <c>/package/services/metadata/core-properties/core.psmdcp</c>, the ids of <c>_rels/.rels</c> become
/// <c>rIdPackage1</c>, <c>rIdPackage2</c> … in their order, and every entry gets the zip epoch 1980-01-01 00:00 as
/// its time; the entries, their order and every other byte of content stay as written. Reproducible on one platform
/// and runtime: the zip writer records the operating system that made each entry and compresses with the runtime's
/// deflate, so a file written on Windows may differ in those bytes from one written on Linux.
/// </summary>
/// <remarks>The part relationships of the workbook and the document are given fixed ids where they are created
/// (<see cref="Xlsx"/>, <c>Reporting.ReportDocx</c>); the package-level ones cannot be, hence this pass.</remarks>
/// <threadsafety>Pure; thread-safe.</threadsafety>
internal static partial class OpenXmlPackage
{
    private const string CoreFolder = "package/services/metadata/core-properties/";
    private const string CorePart = CoreFolder + "core.psmdcp";
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package with fixed part names, ids and entry times (see the type).</summary>
    /// <param name="package">The bytes of a package as the OpenXML SDK wrote it.</param>
    /// <returns>The bytes of the same package, reproducible.</returns>
    public static byte[] Deterministic(byte[] package)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var oldCore = input.Entries.Select(e => e.FullName).FirstOrDefault(n => n.StartsWith(CoreFolder, StringComparison.Ordinal) && n.EndsWith(".psmdcp", StringComparison.Ordinal));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName == oldCore ? CorePart : entry.FullName;
                byte[] content;
                using (var s = entry.Open())
                using (var m = new MemoryStream())
                {
                    s.CopyTo(m);
                    content = m.ToArray();
                }
                if (name == "_rels/.rels" || name == "[Content_Types].xml")
                {
                    var text = Encoding.UTF8.GetString(content);
                    if (oldCore is not null) text = text.Replace("/" + oldCore, "/" + CorePart, StringComparison.Ordinal);
                    if (name == "_rels/.rels")
                    {
                        var n = 0;
                        text = PackageId().Replace(text, _ => "Id=\"rIdPackage" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                    }
                    content = Encoding.UTF8.GetBytes(text);
                }
                var copy = zip.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = ZipEpoch;
                using var target = copy.Open();
                target.Write(content);
            }
        }
        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex PackageId();
}
