using Sozialindikatoren.Data.Genesis;

namespace Sozialindikatoren.Tests.Data;

/// <summary>The hand-written official-table test files (TestData/genesis, see its README).</summary>
internal static class GenesisTestFiles
{
    public const string Latin1Classic = "12411-01-01-4_gemeinden_latin1.csv";
    public const string Utf8Classic = "13211-02-05-4_kreise_utf8.csv";
    public const string TimeInRows = "12411-02-03-4_zeit_in_zeilen.csv";
    public const string TimeAndAgeInRows = "12613-02-02-4_zeit_und_alter_in_zeilen.csv";
    public const string Flat = "12411-0015_de_flat.csv";
    public const string FlatZip = "12411-0015_de_flat.zip";
    public const string OldFlat = "13211-0007_alt_de_flat.csv";

    public static readonly string[] All = [Latin1Classic, Utf8Classic, TimeInRows, TimeAndAgeInRows, Flat, FlatZip, OldFlat];

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "genesis", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static global::Sozialindikatoren.Data.Genesis.OfficialTable Read(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return global::Sozialindikatoren.Data.Genesis.OfficialTableReader.Read(stream, name);
    }
}
