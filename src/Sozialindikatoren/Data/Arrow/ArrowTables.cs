using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Arrow;

/// <summary>Arrow IPC files (<em>Arrow-/Feather-v2-Dateien</em>, the random-access "file" format, uncompressed) for
/// the access results (<c>id,value</c>) and the indicator records in long form, so that pandas/pyarrow, R arrow,
/// Polars or Spark read them without parsing CSV.</summary>
/// <remarks>
/// Columns written for values: <c>id</c> (utf8, not null), <c>value</c> (float64, null where the CSV cell is empty:
/// NaN (no access) and ±∞ become null, never a NaN bit pattern, the same rule as
/// <see cref="Text.Invariant.Number(double)"/> for the CSV cell).
/// Columns written for indicator records: <c>space_id</c>, <c>indicator</c> (utf8, not null), <c>date</c> (date32,
/// days since 1970-01-01), <c>value</c> (float64, null without a value), <c>status</c> (utf8, the status code of
/// indicators.csv, empty for exact), <c>denominator</c> (float64, null without one), <c>denominator_status</c> (utf8,
/// null without a denominator), <c>confidential</c> (bool). The provenance column of indicators.csv is not carried.
/// Reading checks the schema first: a missing or mistyped column is a <see cref="DataProblem"/> naming the file, the
/// field and the expected Arrow type; values then go through the same validation as the CSV
/// (<see cref="IndicatorRecord"/>), a rejected row is a problem naming its row (1-based, counted over all batches).
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class ArrowTables
{
    /// <summary>Whether a path names an Arrow IPC file by its extension (<c>.arrow</c> or <c>.feather</c>, case-insensitive).</summary>
    /// <param name="path">The file name or path.</param>
    /// <returns>True for <c>.arrow</c> and <c>.feather</c>.</returns>
    public static bool IsArrowPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path);
        return ext.Equals(".arrow", StringComparison.OrdinalIgnoreCase) || ext.Equals(".feather", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes one value per id (e.g. an accessibility measure per demand point) as an Arrow IPC file with
    /// columns <c>id</c> (utf8) and <c>value</c> (float64; NaN and ±∞ → null).</summary>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="ids">The ids, one per value.</param>
    /// <param name="values">The values; NaN (or ±∞) means no value.</param>
    /// <exception cref="ArgumentException">When the lengths differ.</exception>
    public static void WriteValues(Stream output, IReadOnlyList<string> ids, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(values);
        if (ids.Count != values.Count) throw new ArgumentException($"ids ({ids.Count}) and values ({values.Count}) must have the same length.", nameof(values));
        var schema = new Schema.Builder()
            .Field(f => f.Name("id").DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name("value").DataType(DoubleType.Default).Nullable(true))
            .Build();
        var id = new StringArray.Builder();
        var value = new DoubleArray.Builder();
        id.Reserve(ids.Count);
        value.Reserve(values.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            id.Append(ids[i]);
            AppendValue(value, values[i]);
        }
        Write(output, new RecordBatch(schema, [id.Build(), value.Build()], ids.Count));
    }

    /// <summary>Writes <see cref="WriteValues"/> to a file through <see cref="OutputFolder.WriteBinaryFile"/>: never
    /// over an input; an existing file is replaced when it is an Arrow IPC file (starts with <c>ARROW1</c>) or with force.</summary>
    /// <param name="path">The <c>.arrow</c>/<c>.feather</c> file.</param>
    /// <param name="inputs">Every file or folder the run reads.</param>
    /// <param name="force">Whether a file that is not an Arrow file may be replaced.</param>
    /// <param name="ids">The ids, one per value.</param>
    /// <param name="values">The values; NaN (or ±∞) means no value.</param>
    /// <exception cref="OutputRefusedException">The file would replace an input, is a folder, or is not ours and force is off.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteValuesFile(string path, IEnumerable<string?> inputs, bool force, IReadOnlyList<string> ids, IReadOnlyList<double> values) =>
        OutputFolder.WriteBinaryFile(path, inputs, force, IsArrowFile, s => WriteValues(s, ids, values));

    /// <summary>Whether a file starts with the Arrow IPC file magic <c>ARROW1</c>.</summary>
    private static bool IsArrowFile(string path)
    {
        Span<byte> head = stackalloc byte[6];
        using var f = File.OpenRead(path);
        return f.ReadAtLeast(head, 6, throwOnEndOfStream: false) == 6 && head.SequenceEqual("ARROW1"u8);
    }

    /// <summary>Writes indicator records in long form as an Arrow IPC file (columns in the remarks of <see cref="ArrowTables"/>).</summary>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="records">The records, in the order written.</param>
    public static void WriteIndicators(Stream output, IEnumerable<IndicatorRecord> records)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(records);
        var space = new StringArray.Builder();
        var indicator = new StringArray.Builder();
        var date = new Date32Array.Builder();
        var value = new DoubleArray.Builder();
        var status = new StringArray.Builder();
        var denominator = new DoubleArray.Builder();
        var denominatorStatus = new StringArray.Builder();
        var confidential = new BooleanArray.Builder();
        int n = 0;
        foreach (var r in records)
        {
            space.Append(r.Space.Value);
            indicator.Append(r.IndicatorId);
            date.Append(r.Date.ToDateOnly());
            AppendValue(value, r.Numerator.HasValue ? r.Numerator.Value : double.NaN);
            status.Append(r.Numerator.Status.ToCode());
            if (r.Denominator is { } d)
            {
                AppendValue(denominator, d.HasValue ? d.Value : double.NaN);
                denominatorStatus.Append(d.Status.ToCode());
            }
            else
            {
                denominator.AppendNull();
                denominatorStatus.AppendNull();
            }
            confidential.Append(r.Confidential);
            n++;
        }
        Write(output, new RecordBatch(IndicatorSchema, [space.Build(), indicator.Build(), date.Build(), value.Build(), status.Build(),
            denominator.Build(), denominatorStatus.Build(), confidential.Build()], n));
    }

    /// <summary>Reads indicator records from an Arrow IPC file written by <see cref="WriteIndicators"/> (or by pyarrow
    /// etc. with the same column names and types; extra columns are ignored, <c>status</c>, <c>denominator</c>,
    /// <c>denominator_status</c> and <c>confidential</c> are optional).</summary>
    /// <param name="path">The <c>.arrow</c>/<c>.feather</c> file.</param>
    /// <returns>The records in file order.</returns>
    /// <exception cref="DataProblemException">A missing or mistyped column (file, field, expected type), an unreadable
    /// file, or every rejected row (file, row, field, value).</exception>
    public static IReadOnlyList<IndicatorRecord> ReadIndicators(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new ArrowFileReader(stream);
            var schema = reader.Schema;
            var problems = new List<DataProblem>();
            int space = Column(schema, "space_id", ArrowTypeId.String, true, source, problems);
            int indicator = Column(schema, "indicator", ArrowTypeId.String, true, source, problems);
            int date = Column(schema, "date", ArrowTypeId.Date32, true, source, problems);
            int value = Column(schema, "value", ArrowTypeId.Double, true, source, problems);
            int status = Column(schema, "status", ArrowTypeId.String, false, source, problems);
            int denominator = Column(schema, "denominator", ArrowTypeId.Double, false, source, problems);
            int denominatorStatus = Column(schema, "denominator_status", ArrowTypeId.String, false, source, problems);
            int confidential = Column(schema, "confidential", ArrowTypeId.Boolean, false, source, problems);
            if (problems.Count > 0) throw new DataProblemException(problems);
            var result = new List<IndicatorRecord>();
            int row = 0;
            while (reader.ReadNextRecordBatch() is { } batch)
            {
                using (batch)
                {
                    var s = (StringArray)batch.Column(space);
                    var ind = (StringArray)batch.Column(indicator);
                    var dt = (Date32Array)batch.Column(date);
                    var v = (DoubleArray)batch.Column(value);
                    var st = status >= 0 ? (StringArray)batch.Column(status) : null;
                    var den = denominator >= 0 ? (DoubleArray)batch.Column(denominator) : null;
                    var denSt = denominatorStatus >= 0 ? (StringArray)batch.Column(denominatorStatus) : null;
                    var conf = confidential >= 0 ? (BooleanArray)batch.Column(confidential) : null;
                    for (int i = 0; i < batch.Length; i++)
                    {
                        row++;
                        var spaceId = s.GetString(i) ?? "";
                        var id = ind.GetString(i) ?? "";
                        if (dt.GetDateOnly(i) is not { } day)
                        {
                            problems.Add(new DataProblem(source, row, date + 1, "date", "", "must not be null."));
                            continue;
                        }
                        var num = Read(v.GetValue(i), st?.GetString(i), source, row, "value", value, "status", status, problems);
                        Observation? d = null;
                        if (den is not null && (!den.IsNull(i) || (denSt is not null && !denSt.IsNull(i))))
                            d = Read(den.GetValue(i), denSt?.GetString(i), source, row, "denominator", denominator, "denominator_status", denominatorStatus, problems);
                        if (num is null || (den is not null && d is null && !den.IsNull(i))) continue;
                        try
                        {
                            result.Add(new IndicatorRecord(new SpaceId(spaceId), id, LocalDate.FromDateOnly(day), num.Value, d, null, conf?.GetValue(i) ?? false));
                        }
                        catch (ArgumentException e)
                        {
                            var (field, col) = e.ParamName switch
                            {
                                "indicatorId" => ("indicator", indicator),
                                "space" => ("space_id", space),
                                "denominator" => ("denominator", denominator),
                                _ => ("value", value),
                            };
                            problems.Add(new DataProblem(source, row, col + 1, field, field switch { "indicator" => id, "space_id" => spaceId, _ => "" }, e.Message));
                        }
                    }
                }
            }
            if (problems.Count > 0) throw new DataProblemException(problems);
            return result;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or ArgumentOutOfRangeException or EndOfStreamException or InvalidCastException)
        {
            throw new DataProblemException([new DataProblem(source, null, null, "not a readable Arrow IPC file: " + e.Message)]);
        }
    }

    /// <summary>The schema of <see cref="WriteIndicators"/>.</summary>
    private static readonly Schema IndicatorSchema = new Schema.Builder()
        .Field(f => f.Name("space_id").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("indicator").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("date").DataType(Date32Type.Default).Nullable(false))
        .Field(f => f.Name("value").DataType(DoubleType.Default).Nullable(true))
        .Field(f => f.Name("status").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("denominator").DataType(DoubleType.Default).Nullable(true))
        .Field(f => f.Name("denominator_status").DataType(StringType.Default).Nullable(true))
        .Field(f => f.Name("confidential").DataType(BooleanType.Default).Nullable(false))
        .Build();

    private static void AppendValue(DoubleArray.Builder builder, double v)
    {
        if (!double.IsFinite(v)) builder.AppendNull();
        else builder.Append(v);
    }

    private static void Write(Stream output, RecordBatch batch)
    {
        using (batch)
        using (var writer = new ArrowFileWriter(output, batch.Schema, leaveOpen: true))
        {
            writer.WriteRecordBatch(batch);
            writer.WriteEnd();
        }
    }

    /// <summary>The index of a column with the expected type, or −1 when an optional column is absent; a problem otherwise.</summary>
    private static int Column(Schema schema, string name, ArrowTypeId type, bool required, string source, List<DataProblem> problems)
    {
        int index = schema.GetFieldIndex(name);
        if (index < 0)
        {
            if (required) problems.Add(new DataProblem(source, name, null, $"missing column '{name}' (expected Arrow type {TypeName(type)})."));
            return -1;
        }
        var actual = schema.GetFieldByIndex(index).DataType;
        if (actual.TypeId != type)
        {
            problems.Add(new DataProblem(source, 0, index + 1, name, actual.Name, $"column '{name}' has Arrow type {actual.Name}, expected {TypeName(type)}."));
            return -1;
        }
        return index;
    }

    private static string TypeName(ArrowTypeId type) => type switch
    {
        ArrowTypeId.String => "utf8",
        ArrowTypeId.Date32 => "date32",
        ArrowTypeId.Double => "float64",
        ArrowTypeId.Boolean => "bool",
        _ => type.ToString(),
    };

    /// <summary>A value and its status code as in indicators.csv: null value = no value (status code, else missing).</summary>
    private static Observation? Read(double? value, string? code, string source, int row, string field, int col, string statusField, int statusCol, List<DataProblem> problems)
    {
        var st = ValueStatus.Exact;
        code ??= "";
        if (code.Length > 0 && !ValueStatusExtensions.TryParseCode(code, out st))
        {
            problems.Add(new DataProblem(source, row, statusCol + 1, statusField, code, "unknown status code"));
            return null;
        }
        if (value is not { } v) return new Observation(double.NaN, code.Length > 0 && !st.HasValue() ? st : ValueStatus.Missing);
        try { return new Observation(v, st); }
        catch (ArgumentException e)
        {
            problems.Add(new DataProblem(source, row, col + 1, field, v.ToString("R", CultureInfo.InvariantCulture), e.Message));
            return null;
        }
    }
}
