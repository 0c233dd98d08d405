using System.Globalization;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data;

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

    private static void WriteField(TextWriter writer, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }
        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
