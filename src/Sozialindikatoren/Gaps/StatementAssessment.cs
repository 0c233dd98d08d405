using Sozialindikatoren.Offerings;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// A conference statement (<em>Aussage der Sozialraumkonferenz</em>) compared with the quantitative class of its space and
/// domain.
/// </summary>
/// <remarks>The rating is compared with <see cref="Row"/>'s class: same class → agrees; both under-supply or both not →
/// partly agrees; otherwise disagrees; no comparable row (no norm, unknown or no demand) → not comparable. A statement
/// names a domain, not a unit: <see cref="GapAnalysisResult.Statements"/> compares it with every unit's row.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class StatementAssessment
{
    internal StatementAssessment(ConferenceStatement statement, CoverageRow? row)
    {
        Statement = statement;
        Row = row;
        Agreement = Compare(statement.Rating, row?.Class);
    }

    internal static StatementAgreement Compare(SupplyRating rating, CoverageClass? cls)
    {
        if (cls is not { } c || c is CoverageClass.Unknown or CoverageClass.NoDemand) return StatementAgreement.NotComparable;
        var asRating = c switch
        {
            CoverageClass.Over => SupplyRating.OverSupplied,
            CoverageClass.Adequate => SupplyRating.Adequate,
            CoverageClass.Under => SupplyRating.UnderSupplied,
            _ => SupplyRating.SeverelyUnderSupplied,
        };
        if (asRating == rating) return StatementAgreement.Agrees;
        var dataUnder = c.IsUnderSupply();
        var statedUnder = rating is SupplyRating.UnderSupplied or SupplyRating.SeverelyUnderSupplied;
        return dataUnder == statedUnder ? StatementAgreement.PartlyAgrees : StatementAgreement.Disagrees;
    }

    /// <summary>The statement.</summary>
    public ConferenceStatement Statement { get; }

    /// <summary>The row compared with, or null when there is none.</summary>
    public CoverageRow? Row { get; }

    /// <summary>The agreement.</summary>
    public StatementAgreement Agreement { get; }

    /// <summary>A compact language-neutral summary, e.g. <c>05970040 Schulden 2024-03-12: UnderSupplied (Agrees)</c>;
    /// planner text: <see cref="Reporting.GapFindingsText.Statement"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Statement.Space} {Statement.Domain} {Statement.Date:yyyy-MM-dd}: {Statement.Rating} ({Agreement})");
}
