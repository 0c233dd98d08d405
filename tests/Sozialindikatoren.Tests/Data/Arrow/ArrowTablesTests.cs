using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Arrow;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Data.Arrow;

public sealed class ArrowTablesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("arrow-tests").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (string?[] Ids, double?[] Values) ReadValues(byte[] bytes)
    {
        using var reader = new ArrowFileReader(new MemoryStream(bytes));
        Assert.Equal(["id", "value"], reader.Schema.FieldsList.Select(f => f.Name));
        Assert.Equal(ArrowTypeId.String, reader.Schema.GetFieldByName("id").DataType.TypeId);
        Assert.Equal(ArrowTypeId.Double, reader.Schema.GetFieldByName("value").DataType.TypeId);
        var ids = new List<string?>();
        var values = new List<double?>();
        while (reader.ReadNextRecordBatch() is { } b)
        {
            var s = (StringArray)b.Column(0);
            var v = (DoubleArray)b.Column(1);
            for (int i = 0; i < b.Length; i++) { ids.Add(s.GetString(i)); values.Add(v.GetValue(i)); }
        }
        return ([.. ids], [.. values]);
    }

    private static byte[] Values(string[] ids, double[] values)
    {
        var ms = new MemoryStream();
        ArrowTables.WriteValues(ms, ids, values);
        return ms.ToArray();
    }

    [Fact]
    public void Values_NaNAndInfinity_AreNull_LikeTheEmptyCsvCell()
    {
        var (ids, values) = ReadValues(Values(["0597001", "ä,\"b\"", "c"], [0.1 + 0.2, double.NaN, double.PositiveInfinity]));
        Assert.Equal(["0597001", "ä,\"b\"", "c"], ids);
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.30000000000000004), BitConverter.DoubleToInt64Bits(values[0]!.Value));
        Assert.Null(values[1]);
        Assert.Null(values[2]);
    }

    [Fact]
    public void Values_LengthMismatch_Throws() =>
        Assert.Throws<ArgumentException>(() => ArrowTables.WriteValues(new MemoryStream(), ["a"], [1.0, 2.0]));

    /// <summary>Every double survives bit for bit, except NaN (any payload) and ±∞, which are written as null (the CSV's empty cell).</summary>
    [Property(MaxTest = 300)]
    public bool Values_RoundTrip_BitIdentical_NonFiniteAsNull(double[] values)
    {
        var ids = values.Select((_, i) => "z" + i).ToArray();
        var (readIds, read) = ReadValues(Values(ids, values));
        if (!readIds.SequenceEqual(ids)) return false;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i])) { if (read[i] is not null) return false; }
            else if (read[i] is not { } r || BitConverter.DoubleToInt64Bits(r) != BitConverter.DoubleToInt64Bits(values[i])) return false;
        }
        return true;
    }

    private static IndicatorRecord[] Sample() =>
    [
        new(new SpaceId("0597001"), "sgb2_quote", new LocalDate(2024, 12, 31), Observation.Of(1234), Observation.Of(9876.5), confidential: true),
        new(new SpaceId("0597001"), "arbeitslos", new LocalDate(1969, 1, 1), Observation.Of(0.1 + 0.2)),
        new(new SpaceId("0597002"), "sgb2_quote", new LocalDate(2024, 12, 31), Observation.Suppressed, new Observation(double.NaN, ValueStatus.NotApplicable)),
        new(new SpaceId("0597003"), "sgb2_quote", new LocalDate(2024, 12, 31), new Observation(17, ValueStatus.Provisional), Observation.Of(300)),
        new(new SpaceId("0597004"), "x", new LocalDate(2020, 2, 29), Observation.Missing),
        new(new SpaceId("0597005"), "x", new LocalDate(2020, 2, 29), Observation.ExactZero),
    ];

    private string WriteIndicators(IEnumerable<IndicatorRecord> records)
    {
        var path = Path.Combine(_dir, "ind.arrow");
        using (var f = File.Create(path)) ArrowTables.WriteIndicators(f, records);
        return path;
    }

    private static void AssertSame(IReadOnlyList<IndicatorRecord> expected, IReadOnlyList<IndicatorRecord> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(e.Space, a.Space);
            Assert.Equal(e.IndicatorId, a.IndicatorId);
            Assert.Equal(e.Date, a.Date);
            Assert.Equal(e.Numerator.Status, a.Numerator.Status);
            Assert.Equal(BitConverter.DoubleToInt64Bits(e.Numerator.Value), BitConverter.DoubleToInt64Bits(a.Numerator.Value));
            Assert.Equal(e.Denominator.HasValue, a.Denominator.HasValue);
            if (e.Denominator is { } ed)
            {
                Assert.Equal(ed.Status, a.Denominator!.Value.Status);
                Assert.Equal(BitConverter.DoubleToInt64Bits(ed.Value), BitConverter.DoubleToInt64Bits(a.Denominator.Value.Value));
            }
            Assert.Equal(e.Confidential, a.Confidential);
        }
    }

    [Fact]
    public void Indicators_RoundTrip_SameRecords()
    {
        var records = Sample();
        AssertSame(records, ArrowTables.ReadIndicators(WriteIndicators(records)));
    }

    [Fact]
    public void Indicators_Empty_RoundTrip() => Assert.Empty(ArrowTables.ReadIndicators(WriteIndicators([])));

    [Property(MaxTest = 200)]
    public void Indicators_RoundTrip_RandomValues(double[] values)
    {
        var records = values.Where(v => double.IsFinite(v) && PlausibleRange.CheckMagnitude(v) is null)
            .Select((v, i) => new IndicatorRecord(new SpaceId("s" + i), "ind", new LocalDate(2000, 1, 1).PlusDays(i), Observation.Of(v)))
            .ToArray();
        AssertSame(records, ArrowTables.ReadIndicators(WriteIndicators(records)));
    }

    private string WriteRaw(Schema schema, params IArrowArray[] columns)
    {
        var path = Path.Combine(_dir, "raw.feather");
        using var f = File.Create(path);
        using var w = new ArrowFileWriter(f, schema);
        w.WriteRecordBatch(new RecordBatch(schema, columns, columns.Length == 0 ? 0 : columns[0].Length));
        w.WriteEnd();
        return path;
    }

    [Fact]
    public void Indicators_MissingAndMistypedColumns_NameFileFieldAndType()
    {
        var schema = new Schema.Builder()
            .Field(f => f.Name("space_id").DataType(StringType.Default))
            .Field(f => f.Name("indicator").DataType(StringType.Default))
            .Field(f => f.Name("date").DataType(StringType.Default))
            .Build();
        var path = WriteRaw(schema, new StringArray.Builder().Append("a").Build(), new StringArray.Builder().Append("i").Build(), new StringArray.Builder().Append("2024-12-31").Build());
        var ex = Assert.Throws<DataProblemException>(() => ArrowTables.ReadIndicators(path));
        Assert.All(ex.Problems, p => Assert.Equal("raw.feather", p.Source));
        Assert.Contains(ex.Problems, p => p.Field == "date" && p.Message.Contains("expected date32", StringComparison.Ordinal) && p.Message.Contains("utf8", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Field == "value" && p.Message.Contains("missing", StringComparison.Ordinal) && p.Message.Contains("float64", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicators_InvalidRowAndStatus_AreProblemsWithRow()
    {
        var schema = new Schema.Builder()
            .Field(f => f.Name("space_id").DataType(StringType.Default))
            .Field(f => f.Name("indicator").DataType(StringType.Default))
            .Field(f => f.Name("date").DataType(Date32Type.Default))
            .Field(f => f.Name("value").DataType(DoubleType.Default))
            .Field(f => f.Name("status").DataType(StringType.Default))
            .Build();
        var d = new DateOnly(2024, 12, 31);
        var path = WriteRaw(schema,
            new StringArray.Builder().Append("a").Append("b").Append("c").Build(),
            new StringArray.Builder().Append("i").Append(" ").Append("i").Build(),
            new Date32Array.Builder().Append(d).Append(d).Append(d).Build(),
            new DoubleArray.Builder().Append(1).Append(2).AppendNull().Build(),
            new StringArray.Builder().Append("").Append("").Append("zz").Build());
        var ex = Assert.Throws<DataProblemException>(() => ArrowTables.ReadIndicators(path));
        Assert.Contains(ex.Problems, p => p.Line == 2 && p.Field == "indicator");
        Assert.Contains(ex.Problems, p => p.Line == 3 && p.Field == "status" && p.Value == "zz" && p.Column == 5);
        Assert.DoesNotContain(ex.Problems, p => p.Line == 1);
    }

    [Fact]
    public void Indicators_NotAnArrowFile_IsDataProblem()
    {
        var path = Path.Combine(_dir, "x.arrow");
        File.WriteAllText(path, "id,value\na,1\n");
        var ex = Assert.Throws<DataProblemException>(() => ArrowTables.ReadIndicators(path));
        Assert.Contains("Arrow", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("r.arrow", true)]
    [InlineData("R.FEATHER", true)]
    [InlineData("r.csv", false)]
    [InlineData("arrow", false)]
    public void IsArrowPath_ByExtension(string path, bool expected) => Assert.Equal(expected, ArrowTables.IsArrowPath(path));
}
