namespace Sozialindikatoren.Offerings;

/// <summary>
/// How binding the offering is in law (<em>Verbindlichkeit</em>), from the strongest to the weakest grade (reference/domain.md §5.2).
/// </summary>
/// <remarks>Cut risk rises with the grade: voluntary and programme-funded offerings come under pressure first;
/// individual legal claims are financed by fees and not reduced by grant cuts.</remarks>
public enum Obligation
{
    /// <summary>Individual legal claim (<em>Rechtsanspruch</em>): HzE incl. Erziehungsberatung § 28 SGB VIII, Kita place from age 1, Eingliederungshilfe, Pflege SGB XI, SGB XII.</summary>
    IndividualLegalClaim = 0,
    /// <summary>Objective legal duty without an individual claim (<em>objektive Rechtspflicht</em>): Jugendarbeit § 11, Jugendsozialarbeit § 13, Familienbildung § 16 SGB VIII, Altenhilfe § 71 SGB XII.</summary>
    ObjectiveLegalDuty = 1,
    /// <summary>Duty for a target group only (<em>Pflicht für eine Zielgruppe</em>): e.g. § 16a SGB II counselling for SGB-II recipients.</summary>
    DutyForTargetGroup = 2,
    /// <summary>Voluntary task (<em>freiwillige Leistung</em>).</summary>
    Voluntary = 3,
    /// <summary>Time-limited programme funding (<em>Programmförderung</em>, Land/Bund/ESF project).</summary>
    TimeLimitedProgramme = 4,
}
