using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sozialindikatoren.Data.Excel;

/// <summary>How an Excel cell is displayed (<em>Zahlenformat</em>); the stored value is always full precision.</summary>
internal enum XlsxFormat
{
    /// <summary>Excel's Standard format.</summary>
    General,
    /// <summary>A whole number with thousands separators (<c>#,##0</c>).</summary>
    Integer,
    /// <summary>Two decimals with thousands separators (<c>#,##0.00</c>).</summary>
    Decimal,
    /// <summary>A share shown as percent with one decimal (<c>0.0%</c>; the value 0.25 shows as 25,0 %).</summary>
    Percent,
    /// <summary>An amount in euro (<c>#,##0 €</c>).</summary>
    Euro,
    /// <summary>A date (Excel's short date, <c>TT.MM.JJJJ</c> in German Excel).</summary>
    Date,
    /// <summary>Text (<c>@</c>): what is typed stays text, so keys keep their leading zeros.</summary>
    Text,
}

/// <summary>One cell value: text, a number, a date or a logical; null is an empty cell.</summary>
/// <param name="Value">A <see cref="string"/>, <see cref="double"/>, <see cref="decimal"/>, <see cref="long"/>,
/// <see cref="NodaTime.LocalDate"/> or <see cref="bool"/>, or null. A non-finite double is an empty cell.</param>
/// <param name="Format">The display format (for a date always <see cref="XlsxFormat.Date"/>).</param>
internal readonly record struct XlsxCell(object? Value, XlsxFormat Format = XlsxFormat.General)
{
    public static implicit operator XlsxCell(string? text) => new(text);
}

/// <summary>One column of a sheet: header, optional cell comment on the header, optional list of allowed values
/// (a data-validation drop-down), the format of its cells, and a width in characters.</summary>
internal sealed record XlsxColumn(string Header, string? Comment = null, IReadOnlyList<string>? Allowed = null, XlsxFormat Format = XlsxFormat.General, double Width = 0);

/// <summary>One worksheet: name (at most 31 characters, made unique by the writer), columns, rows.</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<XlsxColumn> Columns, IReadOnlyList<IReadOnlyList<XlsxCell>> Rows, bool Hidden = false);

/// <summary>
/// Writes Excel workbooks (<c>.xlsx</c>) with DocumentFormat.OpenXml: one sheet per table, a bold frozen header row,
/// an autofilter over the table, typed cells with number formats, header comments and drop-down lists for coded columns.
/// </summary>
/// <remarks>Output is deterministic for the same input (no timestamps; the creator is
/// <see cref="Creator"/>, which <see cref="IsOurs"/> checks before a file is replaced). Drop-down lists live on a hidden sheet
/// <see cref="ListSheet"/>.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class Xlsx
{
    /// <summary>The creator written into the package properties of every workbook this tool writes.</summary>
    public const string Creator = "sozialindikatoren";

    /// <summary>The hidden sheet that holds the allowed values of the drop-down lists.</summary>
    public const string ListSheet = "auswahllisten";

    private const int ValidatedRows = 1000;

    /// <summary>Writes the sheets into a new workbook on <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var package = new MemoryStream();
        WritePackage(package, sheets);
        stream.Write(OpenXmlPackage.Deterministic(package.ToArray()));
    }

    private static void WritePackage(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        using var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        doc.PackageProperties.Creator = Creator;
        var book = doc.AddWorkbookPart();
        book.Workbook = new Workbook();
        // Fixed relationship ids (the SDK would draw random ones): the same sheets give the same bytes.
        book.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
        var sheetList = book.Workbook.AppendChild(new Sheets());
        var defined = new DefinedNames();
        var names = UniqueNames(sheets.Select(s => s.Name));
        var lists = sheets.SelectMany(s => s.Columns).Where(c => c.Allowed is { Count: > 0 }).Select(c => c.Allowed!).Distinct().ToList();
        var all = sheets.ToList();
        if (lists.Count > 0)
        {
            var width = lists.Max(l => l.Count);
            var rows = Enumerable.Range(0, width).Select(r => (IReadOnlyList<XlsxCell>)lists.Select(l => (XlsxCell)(r < l.Count ? l[r] : null)).ToArray()).ToArray();
            all.Add(new XlsxSheet(ListSheet, lists.Select((_, i) => new XlsxColumn("Liste " + (i + 1).ToString(CultureInfo.InvariantCulture))).ToArray(), rows, Hidden: true));
            names.Add(ListSheet);
        }
        for (var i = 0; i < all.Count; i++)
        {
            var sheet = all[i];
            var part = book.AddNewPart<WorksheetPart>("rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture));
            part.Worksheet = Worksheet(sheet, lists, part, names[i]);
            sheetList.Append(new Sheet
            {
                Id = book.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = names[i],
                State = sheet.Hidden ? SheetStateValues.Hidden : null,
            });
            if (!sheet.Hidden && sheet.Columns.Count > 0)
                defined.Append(new DefinedName($"{Quote(names[i])}!$A$1:${Letters(sheet.Columns.Count)}${Math.Max(1, sheet.Rows.Count) + 1}")
                    { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }
        if (defined.HasChildren) book.Workbook.Append(defined);
        book.Workbook.Save();
    }

    /// <summary>Whether an existing file is a workbook written by this tool (its creator is <see cref="Creator"/>).</summary>
    public static bool IsOurs(string path)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            return doc.PackageProperties.Creator == Creator;
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or UnauthorizedAccessException or InvalidDataException or System.IO.FileFormatException)
        {
            return false;
        }
    }

    private static Worksheet Worksheet(XlsxSheet sheet, List<IReadOnlyList<string>> lists, WorksheetPart part, string name)
    {
        var ws = new Worksheet();
        ws.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        if (!sheet.Hidden)
            ws.Append(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } }) { WorkbookViewId = 0 }));
        if (sheet.Columns.Count > 0)
        {
            var cols = new Columns();
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var col = sheet.Columns[c];
                var longest = Math.Max(col.Header.Length, sheet.Rows.Take(200).Select(r => c < r.Count ? Display(r[c]).Length : 0).DefaultIfEmpty(0).Max());
                var width = col.Width > 0 ? col.Width : Math.Clamp(longest + 2, 8, 60);
                cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true, Style = StyleOf(col.Format) is var s && s > 0 ? s : null });
            }
            ws.Append(cols);
        }
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < sheet.Columns.Count; c++) header.Append(TextCell(Letters(c + 1) + "1", sheet.Columns[c].Header, sheet.Hidden ? 0u : HeaderStyle));
        data.Append(header);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 2) };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                var format = cells[c].Format == XlsxFormat.General && c < sheet.Columns.Count ? sheet.Columns[c].Format : cells[c].Format;
                if (ValueCell(Letters(c + 1) + (r + 2).ToString(CultureInfo.InvariantCulture), cells[c].Value, format) is { } cell) row.Append(cell);
            }
            data.Append(row);
        }
        ws.Append(data);
        if (sheet.Hidden || sheet.Columns.Count == 0) return ws;
        ws.Append(new AutoFilter { Reference = $"A1:{Letters(sheet.Columns.Count)}{Math.Max(1, sheet.Rows.Count) + 1}" });
        var validations = new DataValidations();
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            if (sheet.Columns[c].Allowed is not { Count: > 0 } allowed) continue;
            var listColumn = Letters(lists.IndexOf(allowed) + 1);
            validations.Append(new DataValidation(new Formula1($"{Quote(ListSheet)}!${listColumn}$2:${listColumn}${allowed.Count + 1}"))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
                ErrorTitle = "Unbekannter Wert", Error = "Bitte einen Wert aus der Liste wählen.",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{Letters(c + 1)}2:{Letters(c + 1)}{ValidatedRows + 1}" },
            });
        }
        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            ws.Append(validations);
        }
        if (sheet.Columns.Any(c => c.Comment is not null)) AddComments(ws, part, sheet);
        return ws;
    }

    /// <summary>Header comments: a comments part and the VML drawing Excel needs to show them.</summary>
    private static void AddComments(Worksheet ws, WorksheetPart part, XlsxSheet sheet)
    {
        var commentsPart = part.AddNewPart<WorksheetCommentsPart>("rIdComments");
        var list = new CommentList();
        var vml = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
            + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>"
            + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            if (sheet.Columns[c].Comment is not { } text) continue;
            list.Append(new Comment(new CommentText(new Run(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve })))
                { Reference = Letters(c + 1) + "1", AuthorId = 0 });
            vml.Append(CultureInfo.InvariantCulture, $"<v:shape id=\"_x0000_s{1025 + c}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:{c + 1};visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
               .Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
               .Append(CultureInfo.InvariantCulture, $"<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>");
        }
        vml.Append("</xml>");
        commentsPart.Comments = new Comments(new Authors(new Author(Creator)), list);
        var drawing = part.AddNewPart<VmlDrawingPart>("rIdVml");
        using (var s = drawing.GetStream(FileMode.Create))
        {
            var bytes = Encoding.UTF8.GetBytes(vml.ToString());
            s.Write(bytes, 0, bytes.Length);
        }
        ws.Append(new LegacyDrawing { Id = part.GetIdOfPart(drawing) });
    }

    private const uint HeaderStyle = 1;

    private static uint StyleOf(XlsxFormat format) => format switch
    {
        XlsxFormat.Integer => 2,
        XlsxFormat.Decimal => 3,
        XlsxFormat.Percent => 4,
        XlsxFormat.Euro => 5,
        XlsxFormat.Date => 6,
        XlsxFormat.Text => 7,
        _ => 0,
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0\\ \"€\"" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" }) { Count = 2 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 49, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style > 0 ? style : null,
    };

    private static Cell? ValueCell(string reference, object? value, XlsxFormat format)
    {
        Cell Number(string invariant, XlsxFormat f) => new(new CellValue(invariant)) { CellReference = reference, StyleIndex = StyleOf(f) is var s && s > 0 ? s : null };
        return value switch
        {
            null => null,
            string { Length: 0 } => null,
            string s => TextCell(reference, s, StyleOf(format == XlsxFormat.Text ? XlsxFormat.Text : XlsxFormat.General)),
            double d when !double.IsFinite(d) => null,
            double d => Number(d.ToString("R", CultureInfo.InvariantCulture), format),
            decimal m => Number(m.ToString(CultureInfo.InvariantCulture), format),
            long l => Number(l.ToString(CultureInfo.InvariantCulture), format),
            int i => Number(i.ToString(CultureInfo.InvariantCulture), format),
            NodaTime.LocalDate date => Number((date.ToDateTimeUnspecified().ToOADate()).ToString("R", CultureInfo.InvariantCulture), XlsxFormat.Date),
            bool b => new Cell(new CellValue(b ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
            _ => TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0),
        };
    }

    private static string Display(XlsxCell cell) => cell.Value switch
    {
        null => "",
        string s => s,
        NodaTime.LocalDate => "00.00.0000",
        double d => d.ToString("#,##0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell.Value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Removes the characters XML 1.0 cannot carry (control characters other than tab and line breaks).</summary>
    private static string Clean(string text)
    {
        if (!text.Any(ch => ch < ' ' && ch is not '\t' and not '\n' and not '\r')) return text;
        return new string(text.Where(ch => ch >= ' ' || ch is '\t' or '\n' or '\r').ToArray());
    }

    private static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Sheet names as Excel allows them: at most 31 characters, none of <c>[]:*?/\</c>, unique ignoring case.</summary>
    internal static List<string> UniqueNames(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var raw in names)
        {
            var name = new string(raw.Select(ch => ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : ch).ToArray()).Trim('\'');
            if (name.Length == 0) name = "Tabelle";
            if (name.Length > 31) name = name[..31];
            var candidate = name;
            for (var n = 2; !seen.Add(candidate); n++)
            {
                var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
                candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
            }
            result.Add(candidate);
        }
        return result;
    }

    private static string Letters(int column) => Common.DataProblem.ColumnLetters(column);
}
