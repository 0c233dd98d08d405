using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data;

/// <summary>
/// A cut scenario as a table (<em>Kürzungsszenario als Tabelle</em>, <c>kuerzungen.csv</c> or the sheet
/// <c>kuerzungen</c> of a workbook): one row per cut line, read through the one row path (<see cref="CsvInput"/>).
/// </summary>
/// <remarks>Columns (German header, aliases): <c>label</c> — <c>Bezeichnung</c> (required); <c>source</c> —
/// <c>Mittelgeber</c>; <c>programme</c> — <c>Programm</c> (patterns separated by <c>|</c>); <c>domain</c> —
/// <c>Handlungsfeld</c> (separated by <c>|</c>); <c>space</c> — <c>Raum-ID</c> (separated by <c>|</c>); <c>share</c> —
/// <c>Anteil</c> (0–1) or <c>amount</c> — <c>Betrag pro Jahr</c> (euro), exactly one; <c>from</c> — <c>ab</c> (date, month or
/// year; required); <c>quelle</c> — <c>Quelle</c> (a source makes the line <see cref="CutLineStatus.Sourced"/>, an empty
/// one an <see cref="CutLineStatus.Assumption"/>). The scenario's name is the file name without extension.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class CutScenarioTable
{
    internal static IReadOnlyList<CsvColumn> Schema { get; } =
    [
        new("label", "Bezeichnung", true, "name", "kuerzung"),
        new("source", "Mittelgeber", false, "funding_source"),
        new("programme", "Programm", false, "program", "foerderprogramm"),
        new("domain", "Handlungsfeld", false),
        new("space", "Raum-ID", false, "raum", "space_id"),
        new("share", "Anteil", false, "kuerzungsanteil"),
        new("amount", "Betrag pro Jahr", false, "betrag"),
        new("from", "ab", true, "gueltig_ab", "effective_from"),
        new("quelle", "Quelle", false, "source_text", "beleg"),
    ];

    /// <summary>Reads a cut scenario from a CSV file or from the sheet <c>kuerzungen</c> of a workbook (<c>.xlsx</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Reading options (encoding, number format, size limit of a workbook), or null.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="DataProblemException">Every problem, with file (sheet), line (row), column, header and value.</exception>
    public static CutScenario ReadFile(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return Read(TableSource.File(path), name, options);
        using var book = Workbook.Open(path, options?.MaxInputBytes ?? CsvReadOptions.DefaultMaxInputBytes);
        var sheet = book.SheetNames.FirstOrDefault(n => CsvHeader.Normalise(n) == "kuerzungen")
            ?? throw new DataProblemException(new DataProblem(book.Source, null, null, "the workbook has no sheet kuerzungen"));
        return Read(TableSource.Sheet(book, sheet), name, options);
    }

    private static CutScenario Read(TableSource table, string name, CsvReadOptions? options)
    {
        using var t = table.Open(options);
        var c = CsvHeader.Bind(t, Schema);
        t.ThrowIfErrors();
        var lines = new List<CutLine>();
        int label = c["label"], source = c["source"], programme = c["programme"], domain = c["domain"], space = c["space"], share = c["share"], amount = c["amount"], from = c["from"], quelle = c["quelle"];
        static string[] Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        while (t.Read())
        {
            var ok = true;
            FundingSource? src = null;
            if (t[source].Length > 0)
            {
                if (CodedValues.TryParse(t[source], Json.PlanningDataJson.Code, null, out FundingSource fs)) src = fs;
                else { t.Error(source, null, t[source], "unknown funding source (Mittelgeber); allowed: " + CodedValues.Allowed<FundingSource>(Json.PlanningDataJson.Code)); ok = false; }
            }
            var domains = new List<ServiceDomain>();
            foreach (var d in Split(t[domain]))
            {
                if (CodedValues.TryParseDomain(d, null, out var sd)) domains.Add(sd);
                else { t.Error(domain, null, d, CodedValues.AllowedDomains(null)); ok = false; }
            }
            var hasShare = t[share].Length > 0;
            var hasAmount = t[amount].Length > 0;
            CutKind kind = CutKind.Share;
            decimal value = 0;
            if (hasShare == hasAmount) { t.Error(hasShare ? amount : share, hasShare ? null : "Anteil", t[share] + t[amount], "give either a share (Anteil, 0–1) or an amount (Betrag pro Jahr), exactly one"); ok = false; }
            else if (hasShare) { if (t.TryNumber(share, out var v)) value = (decimal)v; else ok = false; }
            else { kind = CutKind.AmountPerYear; if (!t.TryAmount(amount, out value)) ok = false; }
            if (!t.TryDate(from, PeriodEnd.Start, out var date)) ok = false;
            if (!ok) continue;
            try
            {
                lines.Add(new CutLine(t[label], src, Split(t[programme]), domains.Count > 0 ? domains : null,
                    Split(t[space]).Select(s => new SpaceId(s)).ToArray() is { Length: > 0 } sp ? sp : null, kind, value, date,
                    t[quelle].Length > 0 ? CutLineStatus.Sourced : CutLineStatus.Assumption, t[quelle].Length > 0 ? t[quelle] : null));
            }
            catch (ArgumentException e) { t.Error(e.ParamName == "value" ? (kind == CutKind.Share ? share : amount) : label, null, t[label], DataFolderTables.Clean(e)); }
        }
        t.ThrowIfErrors();
        if (lines.Count == 0) throw new DataProblemException(new DataProblem(table.Name, null, null, "the cut scenario table has no rows") { Sheet = t.Sheet });
        return new CutScenario(name, lines);
    }
}
