namespace Sozialindikatoren.Gaps;

/// <summary>Where the target population T of a demand calculation comes from (<em>Herkunft der Zielgruppe</em>).</summary>
public enum TargetSourceKind
{
    /// <summary>The space's population in the norm's age band (<em>Bevölkerung</em>), with its reference date.</summary>
    Population = 0,

    /// <summary>The sum over the space's children (an aggregate space without its own population table).</summary>
    SumOfChildren = 1,

    /// <summary>The count (numerator) of an indicator, with its interval from the count's sampling error.</summary>
    Indicator = 2,

    /// <summary>The indicator has no value for the space up to the Stichtag: demand is not computable.</summary>
    IndicatorMissing = 3,

    /// <summary>The indicator has a rate but no count (numerator): demand is not computable.</summary>
    NumeratorMissing = 4,
}
