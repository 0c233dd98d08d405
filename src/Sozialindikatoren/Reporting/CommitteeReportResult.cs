using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The committee report and everything behind it (<em>Auswertung für den Ausschuss</em>): the social index, the gap
/// analysis, the cut analysis with its Monte Carlo, the rescue plan, and the rendered <see cref="ReportDocument"/>.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CommitteeReportResult
{
    internal CommitteeReportResult(PlanningAnalysisResult analysis, CommitteeReportOptions options, ServiceDomain mapDomain, ReportDocument document)
    {
        Analysis = analysis;
        Options = options;
        MapDomain = mapDomain;
        Document = document;
    }

    /// <summary>The planning analysis the report presents (every stage, computed once).</summary>
    public PlanningAnalysisResult Analysis { get; }

    /// <summary>The data set.</summary>
    public PlanningData Data => Analysis.Data;

    /// <summary>The report options used.</summary>
    public CommitteeReportOptions Options { get; }

    /// <summary>The social index, or null when the data set cannot give one (no or too few indicator data; the report says why).</summary>
    public SocialIndexResult? Index => Analysis.Index;

    /// <summary>The gap analysis before the cuts.</summary>
    public GapAnalysisResult Gaps => Analysis.Gaps;

    /// <summary>The cut analysis.</summary>
    public CutResult Cuts => Analysis.Cuts!;

    /// <summary>The rescue plan, when a budget was given.</summary>
    public RescuePlan? Rescue => Analysis.Rescue;

    /// <summary>The domain shown on the coverage maps.</summary>
    public ServiceDomain MapDomain { get; }

    /// <summary>The report.</summary>
    public ReportDocument Document { get; }

    /// <summary>
    /// The machine-readable result (<c>result.json</c>): parameters, scenario lines with source/Annahme flags, social index,
    /// coverage rows, offering impacts, categories, rescue plan. Invariant numbers, doubles in round-trip form, no timestamp.
    /// </summary>
    /// <returns>Indented UTF-8 JSON text.</returns>
    public string ToJson() => CommitteeReportJson.Write(this);

    /// <summary>Writes <c>report.md</c>, <c>report.html</c>, one CSV per table, <c>result.json</c>, <c>report.xlsx</c> and <c>report.docx</c> into a folder (created
    /// if missing) through <see cref="Data.OutputFolder"/>: files not written by this tool are refused, each file appears whole.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The files written, in order.</returns>
    /// <exception cref="Data.OutputRefusedException">An existing file there is not ours (use <see cref="Data.OutputFolder"/> with force to replace it).</exception>
    public IReadOnlyList<string> WriteTo(string directory) => new Data.OutputFolder(directory, []).WriteAll(Files(), BinaryFiles());

    /// <summary>The report's binary files by name: <c>report.xlsx</c> (every table as a sheet, <see cref="ReportWorkbook"/>) and
    /// <c>report.docx</c> (the report as a Word document, <see cref="ReportDocument.ToDocx"/>).</summary>
    /// <returns>File names and their bytes.</returns>
    public IReadOnlyList<(string Name, byte[] Content)> BinaryFiles() => [(ReportWorkbook.FileName, ReportWorkbook.ToXlsx(Document)), ("report.docx", Document.ToDocx())];

    /// <summary>The report's files by name: <c>report.md</c>, <c>report.html</c>, one CSV per table, <c>result.json</c>.</summary>
    /// <returns>File names and their text, in writing order.</returns>
    public IReadOnlyList<(string Name, string Content)> Files() =>
        [("report.md", Document.ToMarkdown()), ("report.html", Document.ToHtml()), .. Document.CsvTables.Select(t => (t.CsvName!, t.Csv!)), ("result.json", ToJson())];
}
