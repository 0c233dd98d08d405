using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// One conference statement checked against the data (<em>Abgleich einer Konferenzaussage</em>): the norms of its space
/// and domain with the coverage of each, and one combined agreement — one row per statement in the conference table
/// (<c>konferenzen.csv</c>).
/// </summary>
/// <remarks>Combined agreement over the comparable norms (<see cref="StatementAssessment.Agreement"/> other than not
/// comparable): all agree → agrees; all disagree → disagrees; otherwise partly agrees; none comparable (no norm for the
/// domain, unknown demand) → not comparable. A disagreement means that the data or the perception needs checking: the
/// inventory may miss offerings or count ones that do not serve the space, the norm may not fit, or the conference sees
/// something the figures do not show (waiting lists, quality, access).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ConferenceAssessment
{
    internal ConferenceAssessment(ConferenceStatement statement, int index, IReadOnlyList<StatementAssessment> byNorm)
    {
        Statement = statement;
        Index = index;
        ByNorm = byNorm;
        Agreement = Combine(byNorm.Select(a => a.Agreement));
    }

    /// <summary>The statement.</summary>
    public ConferenceStatement Statement { get; }

    /// <summary>Its position in the data set's conference statements (0-based): the stable <c>statement_id</c>.</summary>
    public int Index { get; }

    /// <summary>The comparison with each norm (unit) of the domain, in catalogue order; one without a row when the domain has no norm.</summary>
    public IReadOnlyList<StatementAssessment> ByNorm { get; }

    /// <summary>The combined agreement (see remarks).</summary>
    public StatementAgreement Agreement { get; }

    /// <summary>The combination rule of <see cref="Agreement"/>.</summary>
    internal static StatementAgreement Combine(IEnumerable<StatementAgreement> agreements)
    {
        var comparable = agreements.Where(a => a != StatementAgreement.NotComparable).ToArray();
        if (comparable.Length == 0) return StatementAgreement.NotComparable;
        if (comparable.All(a => a == StatementAgreement.Agrees)) return StatementAgreement.Agrees;
        if (comparable.All(a => a == StatementAgreement.Disagrees)) return StatementAgreement.Disagrees;
        return StatementAgreement.PartlyAgrees;
    }

    /// <summary>Groups per-norm assessments (consecutive per statement) into one assessment per statement.</summary>
    internal static ConferenceAssessment[] Group(IReadOnlyList<StatementAssessment> assessments, IReadOnlyList<ConferenceStatement> all)
    {
        var result = new List<ConferenceAssessment>();
        var i = 0;
        while (i < assessments.Count)
        {
            var st = assessments[i].Statement;
            var j = i;
            while (j < assessments.Count && ReferenceEquals(assessments[j].Statement, st)) j++;
            var index = -1;
            for (var k = 0; k < all.Count; k++) if (ReferenceEquals(all[k], st)) { index = k; break; }
            result.Add(new ConferenceAssessment(st, index, assessments.Skip(i).Take(j - i).ToArray()));
            i = j;
        }
        return result.ToArray();
    }
}
