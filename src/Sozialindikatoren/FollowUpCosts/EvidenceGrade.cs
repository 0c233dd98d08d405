namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// The evidence grade of a follow-up cost parameter (<em>Evidenzgrad</em>), as in the reference
/// (followup-costs.md): A peer-reviewed / randomised or official statistics; B independent academic or official study,
/// not peer-reviewed; C commissioned by providers or their umbrella bodies, or a consultancy SROI with estimated
/// counterfactuals; D press quote, claim without a study, or an assumption of this library.
/// </summary>
public enum EvidenceGrade
{
    /// <summary>A: peer-reviewed / randomised or official statistics.</summary>
    A = 0,
    /// <summary>B: independent academic or official study, not peer-reviewed.</summary>
    B = 1,
    /// <summary>C: provider-commissioned study or consultancy SROI with estimated counterfactuals.</summary>
    C = 2,
    /// <summary>D: press quote, claim without a study, or an assumption (<em>Annahme</em>).</summary>
    D = 3,
}
