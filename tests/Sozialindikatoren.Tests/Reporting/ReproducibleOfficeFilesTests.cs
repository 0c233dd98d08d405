using System.IO.Compression;
using System.Text;
using Sozialindikatoren.Data;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>report.xlsx, report.docx and the workbook template are byte-identical for identical content: no random
/// relationship ids, no random part names, no clock in the zip entries (they were all three; a random id holding
/// "4711" once made the confidential-count test fail).</summary>
public class ReproducibleOfficeFilesTests
{
    [Fact]
    public void ReportWorkbookAndDocument_AreTheSameBytes_WhenWrittenTwice()
    {
        var report = CommitteeReportTests.SampleResult;
        var first = report.BinaryFiles();
        Thread.Sleep(2100); // a clock in the zip entries (2-second resolution) would now differ
        var second = report.BinaryFiles();
        Assert.Equal(first.Select(f => f.Name), second.Select(f => f.Name));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].Content.AsSpan().SequenceEqual(second[i].Content), first[i].Name + " differs between two writes");
            AssertNoRandomIds(first[i].Content);
        }
    }

    [Fact]
    public void WorkbookTemplate_IsTheSameBytes_WhenWrittenTwice()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        WorkbookTemplate.Write(a);
        Thread.Sleep(2100);
        WorkbookTemplate.Write(b);
        Assert.True(a.ToArray().AsSpan().SequenceEqual(b.ToArray()));
        AssertNoRandomIds(a.ToArray());
    }

    private static void AssertNoRandomIds(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        foreach (var entry in zip.Entries)
        {
            Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
            Assert.DoesNotMatch("^package/services/metadata/core-properties/[0-9a-f]{32}", entry.FullName);
            if (!entry.FullName.EndsWith(".rels", StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            Assert.DoesNotMatch("Id=\"R[0-9a-f]{16}\"", reader.ReadToEnd());
        }
    }
}
