using FsCheck;
using FsCheck.Fluent;
using Sozialindikatoren.Data.Genesis;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Arbitraries;

/// <summary>Random cell texts built from the characters official tables use (digits, separators, symbols, flags).</summary>
public sealed record GenesisNoiseCells(string[] Texts);

/// <summary>A test file and a byte position to cut it at.</summary>
public sealed record GenesisTruncation(string File, int Cut);

/// <summary>A test file with one byte replaced.</summary>
public sealed record GenesisMutation(string File, int Position, byte Value);

/// <summary>Cells as a converted official table could hold them (names with commas, quotes and umlauts).</summary>
public sealed record GenesisLongCells(global::Sozialindikatoren.Data.Genesis.OfficialTableCell[] Cells);

/// <summary>Text assembled from the CSV alphabet of official tables (separators, quotes, line ends, digits, symbols).</summary>
public sealed record GenesisCsvNoise(string Text);

public static partial class Generators
{
    private const string GenesisCellAlphabet = "0123456789,.-–()|/x*psrD e…";
    private const string GenesisCsvAlphabet = ";;;\n\n\r\"_0123456789,.-()|/x*pA :ü©";

    /// <summary>Arrays of random short cell texts.</summary>
    public static Arbitrary<GenesisNoiseCells> GenesisNoiseCellsArb() =>
        (from n in Gen.Choose(1, 12)
         from cells in Gen.ArrayOf(
             from len in Gen.Choose(0, 7)
             from chars in Gen.ArrayOf(Gen.Elements(GenesisCellAlphabet.ToCharArray()), len)
             select new string(chars), n)
         select new GenesisNoiseCells(cells)).ToArbitrary();

    /// <summary>A test file and a cut position inside it.</summary>
    public static Arbitrary<GenesisTruncation> GenesisTruncationArb() =>
        (from file in Gen.Elements(Data.GenesisTestFiles.All)
         let length = Data.GenesisTestFiles.Bytes(file).Length
         from cut in Gen.Choose(0, length)
         select new GenesisTruncation(file, cut)).ToArbitrary();

    /// <summary>A test file with one random byte changed.</summary>
    public static Arbitrary<GenesisMutation> GenesisMutationArb() =>
        (from file in Gen.Elements(Data.GenesisTestFiles.All)
         let length = Data.GenesisTestFiles.Bytes(file).Length
         from pos in Gen.Choose(0, length - 1)
         from value in Gen.Elements("\0;\n\"_.,-x0p()|PK\u00e4\u00ff"u8.ToArray())
         select new GenesisMutation(file, pos, value)).ToArbitrary();

    /// <summary>Arrays of valid cells with awkward texts.</summary>
    public static Arbitrary<GenesisLongCells> GenesisLongCellsArb()
    {
        var text = from len in Gen.Choose(0, 12)
                   from chars in Gen.ArrayOf(Gen.Elements("ab ,\"|äß-()\n;".ToCharArray()), len)
                   select new string(chars).Trim();
        var key = Gen.Elements("DG", "05", "059", "05970", "05970040", "059700040040");
        var period = Gen.OneOf(
            Gen.Choose(1990, 2030).Select(global::Sozialindikatoren.Data.Genesis.TablePeriod.OfYear),
            Gen.Choose(0, 20000).Select(d => global::Sozialindikatoren.Data.Genesis.TablePeriod.OfDate(new NodaTime.LocalDate(1990, 1, 1).PlusDays(d))));
        var cell = from k in key
                   from n in text
                   from p in period
                   from v in text
                   from o in AnyObservation().Generator
                   select new global::Sozialindikatoren.Data.Genesis.OfficialTableCell(k, n, 0, p, v, o);
        return (from n in Gen.Choose(0, 30)
                from cells in Gen.ArrayOf(cell, n)
                select new GenesisLongCells(cells)).ToArbitrary();
    }

    /// <summary>Random text from the CSV alphabet of official tables, optionally after a valid header.</summary>
    public static Arbitrary<GenesisCsvNoise> GenesisCsvNoiseArb() =>
        (from header in Gen.Elements("", "GENESIS-Tabelle: 1;;\nT;;\n;;2023;2023\n;;a;b\n", "Titel;;\n;;;a\n",
             "statistics_code;time;1_variable_code;1_variable_attribute_code;1_variable_attribute_label;value;value_q\n",
             "Statistik_Code;Zeit;1_Merkmal_Code;1_Auspraegung_Code;1_Auspraegung_Label;A__B__C;A__B__q\n")
         from len in Gen.Choose(0, 200)
         from chars in Gen.ArrayOf(Gen.Elements(GenesisCsvAlphabet.ToCharArray()), len)
         select new GenesisCsvNoise(header + new string(chars))).ToArbitrary();

    /// <summary>An observation as an official table would print it, with the observation the reader must return.</summary>
    public static Arbitrary<(string Text, Observation Expected)> GenesisPrintedObservationArb() =>
        (from status in Gen.Elements(Enum.GetValues<ValueStatus>())
         from raw in Gen.Choose(-10_000_000, 10_000_000)
         from comma in Gen.Elements(true, false)
         select Printed(status, raw / 100.0, comma)).ToArbitrary();

    private static (string, Observation) Printed(ValueStatus status, double value, bool comma)
    {
        var number = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (comma) number = number.Replace('.', ',');
        var expectedValue = status.HasValue() ? value : double.NaN;
        var expectedStatus = status;
        if (value == 0 && status == ValueStatus.Exact) expectedStatus = ValueStatus.RoundedZero;
        return status switch
        {
            ValueStatus.Exact => (number, new Observation(expectedValue, expectedStatus)),
            ValueStatus.ExactZero => ("-", Observation.ExactZero),
            ValueStatus.RoundedZero => ("0", new Observation(0, ValueStatus.RoundedZero)),
            ValueStatus.Suppressed => (".", Observation.Suppressed),
            ValueStatus.NotYetAvailable => ("...", new Observation(double.NaN, ValueStatus.NotYetAvailable)),
            ValueStatus.NotApplicable => ("x", new Observation(double.NaN, ValueStatus.NotApplicable)),
            ValueStatus.Unreliable => ("/", new Observation(double.NaN, ValueStatus.Unreliable)),
            ValueStatus.Uncertain => ("(" + number + ")", new Observation(value, ValueStatus.Uncertain)),
            ValueStatus.Provisional => (number + " p", new Observation(value, ValueStatus.Provisional)),
            ValueStatus.Revised => (number + "r", new Observation(value, ValueStatus.Revised)),
            ValueStatus.Estimated => (number + " s", new Observation(value, ValueStatus.Estimated)),
            ValueStatus.SeriesBreak => ("| " + number, new Observation(value, ValueStatus.SeriesBreak)),
            _ => ("", Observation.Missing),
        };
    }
}
