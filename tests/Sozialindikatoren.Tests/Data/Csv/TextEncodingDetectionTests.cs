using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data.Csv;

/// <summary>The one encoding decision of every CSV input (and of the GENESIS reader): UTF-8 validated in 64 KiB blocks.</summary>
public sealed class TextEncodingDetectionTests
{
    private static (CsvEncoding Encoding, bool Bom) Detect(byte[] bytes, CsvEncoding requested = CsvEncoding.Auto) =>
        TextEncodingDetection.Detect(new MemoryStream(bytes), requested, "t.csv");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_sequence_split_by_the_64_KiB_block_boundary_is_valid_UTF8(int before)
    {
        // The validation ran per 64 KiB block without carrying a split sequence over, so a UTF-8 file with 'ä' (2 bytes),
        // '€' (3) or '𝄞' (4) across byte 65,536 was read as Windows-1252 (mojibake in every umlaut).
        var character = before switch { 1 => "ä", 2 => "€", _ => "𝄞" };
        var head = new string('a', 64 * 1024 - before);
        var bytes = Encoding.UTF8.GetBytes(head + character + "\nb;c\n");
        Assert.True(Encoding.UTF8.GetByteCount(character) > before); // the character straddles byte 65,536
        Assert.Equal((CsvEncoding.Utf8, false), Detect(bytes));
    }

    [Fact]
    public void A_sequence_cut_off_by_the_end_of_the_file_is_not_UTF8()
    {
        // It was accepted (the end-of-file flush saw no pending state), and decoding then threw DecoderFallbackException.
        var bytes = Encoding.UTF8.GetBytes("a;b\n1;2\nM\u00fc").SkipLast(1).ToArray();
        Assert.Equal((CsvEncoding.Windows1252, false), Detect(bytes));
        var e = Assert.Throws<DataProblemException>(() => Detect(bytes, CsvEncoding.Utf8));
        Assert.Equal(3, e.Problems[0].Line);
        Assert.Contains("at byte 9", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_byte_after_the_first_block_names_its_line_and_offset()
    {
        var head = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(new string('x', 99) + "\n", 1000)));
        var bytes = head.Concat(new byte[] { (byte)'y', 0xFC, (byte)'\n' }).ToArray();
        Assert.Equal((CsvEncoding.Windows1252, false), Detect(bytes));
        var e = Assert.Throws<DataProblemException>(() => Detect(bytes, CsvEncoding.Utf8));
        Assert.Equal(1001, e.Problems[0].Line);
        Assert.Contains("at byte 100001", e.Problems[0].Message, StringComparison.Ordinal);
    }

    /// <summary>Valid blocks are checked without decoding, an invalid one is decoded to find the byte: the offset and
    /// line named are those of decoding the whole file at once, wherever the invalid byte and the multi-byte characters
    /// lie around the 64 KiB block boundaries.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void The_first_invalid_byte_and_its_line_are_those_of_decoding_the_whole_file(int seed)
    {
        var rng = new Random(seed);
        var pieces = (string[])["a", "\n", "ä", "€", "𝄞", "xyz;1\n"];
        var sb = new StringBuilder();
        var target = rng.Next(1, 3 * 64 * 1024);
        while (sb.Length < target) sb.Append(pieces[rng.Next(pieces.Length)]);
        var bytes = Encoding.UTF8.GetBytes(sb.ToString()).ToList();
        // Often near a block boundary: an invalid byte, a cut sequence or a stray continuation byte.
        if (rng.Next(4) > 0)
        {
            var at = rng.Next(2) == 0 ? Math.Min(bytes.Count, 64 * 1024 * rng.Next(1, 3) + rng.Next(-4, 5)) : rng.Next(bytes.Count + 1);
            at = Math.Clamp(at, 0, bytes.Count);
            bytes.Insert(at, ((byte[])[0xFF, 0x80, 0xE2, 0xC3])[rng.Next(4)]);
        }
        var data = bytes.ToArray();
        var status = System.Text.Unicode.Utf8.ToUtf16(data, new char[data.Length], out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == System.Buffers.OperationStatus.Done)
        {
            Assert.Equal((CsvEncoding.Utf8, false), Detect(data, CsvEncoding.Utf8));
            return;
        }
        var e = Assert.Throws<DataProblemException>(() => Detect(data, CsvEncoding.Utf8));
        Assert.Equal(data.AsSpan(0, consumed).Count((byte)'\n') + 1, e.Problems[0].Line);
        Assert.Contains($"at byte {consumed} ", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal((CsvEncoding.Windows1252, false), Detect(data));
    }

    [Fact]
    public void GetString_gives_the_characters_of_the_code_page()
    {
        byte[] bytes = [.. Enumerable.Range(0, 256).Select(b => (byte)b)];
        Assert.Equal(TextEncodingDetection.Windows1252.GetString(bytes), TextEncodingDetection.GetString(bytes, CsvEncoding.Windows1252));
        Assert.Equal("Gebühr – 5 €", TextEncodingDetection.GetString(TextEncodingDetection.Windows1252.GetBytes("Gebühr – 5 €"), CsvEncoding.Windows1252));
        Assert.Equal("ä", TextEncodingDetection.GetString("ä"u8, CsvEncoding.Utf8));
    }
}
