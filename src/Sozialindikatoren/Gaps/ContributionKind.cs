namespace Sozialindikatoren.Gaps;

/// <summary>How an offering's capacity is counted for a coverage row (<em>Zurechnung des Angebots</em>).</summary>
public enum ContributionKind : byte
{
    /// <summary>At its location (<em>Standort</em>): the whole capacity counts for the space it is in.</summary>
    Located = 0,

    /// <summary>Split from a space above the analysis level by the children's target population (<em>anteilig,
    /// Standort oberhalb der Analyseebene</em>).</summary>
    SplitFromAbove = 1,

    /// <summary>Shared over the spaces it serves by their demand (<em>anteilig nach Einzugsgebiet</em>).</summary>
    ServedArea = 2,

    /// <summary>Counted where it is reachable (<em>erreichbar, Einzugsbereich</em>; accessibility supply).</summary>
    Reachable = 3,
}
