using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>
/// Writes an <see cref="OfficialTable"/> as a long CSV (<em>Langformat</em>), one value per line, with the header
/// <c>key,name,period,variable,value,status</c>.
/// </summary>
/// <remarks>
/// <para>Columns: <c>key</c> the area key as printed (e.g. <c>05970040</c>); <c>name</c> without indentation;
/// <c>period</c> ISO <c>yyyy-MM-dd</c> for a reference date or <c>yyyy</c> for a year; <c>variable</c> the column
/// attribute(s) joined with <c> | </c>; <c>value</c> the number in invariant culture, round-trip format
/// (<c>double.ToString("R")</c>), empty when the status carries no number; <c>status</c> the code of
/// <see cref="ValueStatusExtensions.ToCode"/> (<c>exact</c>, <c>exact_zero</c>, <c>rounded_zero</c>, <c>suppressed</c>,
/// <c>not_yet_available</c>, <c>not_applicable</c>, <c>unreliable</c>, <c>uncertain</c>, <c>provisional</c>,
/// <c>revised</c>, <c>estimated</c>, <c>series_break</c>, and <c>missing</c> for an empty cell).</para>
/// <para>Comma separated, fields quoted (RFC 4180) when they hold a comma, quote or line break, lines ended by
/// <c>\n</c>, no BOM when the writer is UTF-8.</para>
/// <para><see cref="Read"/> reads the same format back (so planners can also prepare their own figures in it):
/// the header must be exactly the six columns; <c>period</c> <c>yyyy</c> or <c>yyyy-MM-dd</c>; <c>value</c> invariant
/// (point as decimal separator); <c>status</c> a known code, consistent with the value (a number for statuses that
/// carry one, 0 for <c>exact_zero</c>, empty otherwise).</para>
/// </remarks>
/// <threadsafety>All members are thread-safe as long as the writer is not shared.</threadsafety>
public static class OfficialTableLongCsv
{
    /// <summary>The header line (without line end).</summary>
    public const string Header = "key,name,period,variable,value,status";

    /// <summary>Writes the table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">The destination.</param>
    public static void Write(OfficialTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (ref readonly var cell in table.CellSpan)
        {
            WriteField(writer, cell.AreaKey);
            writer.Write(',');
            WriteField(writer, cell.AreaName);
            writer.Write(',');
            writer.Write(cell.Period.ToString());
            writer.Write(',');
            WriteField(writer, cell.Variable);
            writer.Write(',');
            if (cell.Observation.TryGetValue(out var value))
                writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(cell.Observation.Status.ToCode());
            writer.Write('\n');
        }
    }

    private static void WriteField(TextWriter writer, string text) => writer.Write(Sozialindikatoren.Text.Csv.Field(text));

    /// <summary>Reads a long CSV written by <see cref="Write"/> (or prepared by hand in the same format).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The file name used in error messages and as <see cref="OfficialTableMetadata.TableCode"/> source.</param>
    /// <returns>The table (format <see cref="OfficialTableFormat.Flat"/>, no header or footer lines, indentation 0).</returns>
    /// <exception cref="DataProblemException">The header is not <see cref="Header"/> or rows are invalid (all problems listed, at most 100).</exception>
    public static OfficialTable Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        using var csv = new CsvTokenizer(new StringReader(text), ',');
        try
        {
            return ReadRecords(csv, sourceName);
        }
        catch (CsvSyntaxException e)
        {
            throw OfficialTableReader.MalformedCsv(sourceName, e);
        }
    }

    private static OfficialTable ReadRecords(CsvTokenizer csv, string sourceName)
    {
        if (!csv.Read() || !IsHeader(csv))
            throw new DataProblemException(new DataProblem(sourceName, 1, 0, null, null, "the first line must be the header " + Header));
        var problems = new List<DataProblem>();
        var cells = new List<OfficialTableCell>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(ReadOnlySpan<char> span)
        {
            var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(span, out var s)) return s;
            s = span.ToString();
            strings[s] = s;
            return s;
        }
        while (csv.Read() && problems.Count < OfficialTableReader.MaxProblems)
        {
            if (OfficialTableReader.BlankFrom(csv, 0)) continue;
            var line = csv.Line;
            if (csv.FieldCount != 6)
            {
                problems.Add(new DataProblem(sourceName, line, Math.Min(csv.FieldCount, 6), null, null,
                    $"expected 6 fields (key,name,period,variable,value,status), found {csv.FieldCount.ToString(CultureInfo.InvariantCulture)}"));
                continue;
            }
            var key = csv[0];
            if (key.IsWhiteSpace())
            {
                problems.Add(new DataProblem(sourceName, line, 1, "key", "", "empty area key"));
                continue;
            }
            if (!TablePeriod.TryParse(csv[2], out var period) || (period.Kind == TablePeriodKind.Date && csv[2].Trim().IndexOf('.') >= 0))
            {
                problems.Add(new DataProblem(sourceName, line, 3, "period", csv.GetString(2), "not a year (yyyy) or ISO date (yyyy-MM-dd)"));
                continue;
            }
            var statusText = csv[5].Trim();
            if (!ValueStatusExtensions.TryParseCode(statusText.ToString(), out var status))
            {
                problems.Add(new DataProblem(sourceName, line, 6, "status", csv.GetString(5), "unknown status code"));
                continue;
            }
            var valueText = csv[4].Trim();
            double value = double.NaN;
            if (status.HasValue())
            {
                if (!CsvNumber.TryParseDouble(valueText, CsvNumberFormat.Invariant, allowCurrency: false, out value, out _)
                    || (status == ValueStatus.ExactZero && value != 0))
                {
                    problems.Add(new DataProblem(sourceName, line, 5, "value", valueText.ToString(),
                        status == ValueStatus.ExactZero ? "exact_zero needs the value 0" : $"status {statusText.ToString()} needs a finite number (invariant, point as decimal separator)"));
                    continue;
                }
            }
            else if (valueText.Length > 0)
            {
                problems.Add(new DataProblem(sourceName, line, 5, "value", valueText.ToString(), $"status {statusText.ToString()} carries no number; leave the value empty"));
                continue;
            }
            cells.Add(new OfficialTableCell(Intern(key.Trim()), Intern(csv[1].Trim()), 0, period, Intern(csv[3].Trim()), new Observation(value, status), line, 5));
        }
        if (problems.Count > 0) throw new DataProblemException(problems);
        var metadata = new OfficialTableMetadata(OfficialTableFormat.Flat, "text", null, null, null, (LocalDate?)null, null, null, null, [], []);
        return new OfficialTable(metadata, [.. cells], cells.Count);
    }

    private static bool IsHeader(CsvTokenizer csv)
    {
        string[] names = ["key", "name", "period", "variable", "value", "status"];
        if (csv.FieldCount != names.Length) return false;
        for (var i = 0; i < names.Length; i++)
            if (!csv[i].Trim().Equals(names[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
