using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// A summary row over the offerings of one domain and one capacity unit (<em>Auswertung je Handlungsfeld und
/// Kapazitätseinheit</em>). A domain with offerings of several units (e.g. Kita places and FTE of counselling) has one row
/// per unit; capacities of different units are never added.
/// </summary>
/// <remarks>
/// <para>Members: the offerings whose domain is <see cref="Domain"/> and whose capacity unit is <see cref="Unit"/>. The
/// counts and money columns (<see cref="OfferingGroupImpact"/>) are over those offerings, so a domain's
/// money is split across its unit rows, never counted twice.</para>
/// <para>The cell columns (<see cref="NewlyUnderSupplied"/>, <see cref="UnmetBefore"/>, <see cref="UnmetAfter"/>) are over the
/// cut analysis' cells of this (domain, unit) norm; 0 without a norm for that pair.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class DomainImpact : OfferingGroupImpact
{
    internal DomainImpact(ServiceDomain domain, CapacityUnit unit, int[] members, OfferingImpact[] offerings,
        Capacity capacityBefore, Capacity capacityAfter, int newlyUnderSupplied, double unmetBefore, double unmetAfter)
        : base(members, offerings)
    {
        Domain = domain;
        Unit = unit;
        CapacityBefore = capacityBefore;
        CapacityAfter = capacityAfter;
        NewlyUnderSupplied = newlyUnderSupplied;
        UnmetBefore = unmetBefore;
        UnmetAfter = unmetAfter;
    }

    /// <summary>The domain (<em>Handlungsfeld</em>; bare code via <see cref="ServiceDomain.Code"/>).</summary>
    public ServiceDomain Domain { get; }

    /// <summary>The capacity unit of this row (code via <see cref="CapacityUnitExtensions.ToCode"/>).</summary>
    public CapacityUnit Unit { get; }

    /// <summary>Σ capacity before the cut over the row's offerings, in <see cref="Unit"/>.</summary>
    public Capacity CapacityBefore { get; }

    /// <summary>Σ capacity after the cut (nominal response) over the row's offerings, in <see cref="Unit"/>.</summary>
    public Capacity CapacityAfter { get; }

    /// <summary>
    /// Lost capacity share (<em>Kapazitätsverlust</em>) = 1 − Σ capacity after / Σ capacity before, a fraction from 0 to 1;
    /// null when the capacity before is 0 (no offering of this unit, or all of capacity 0: nothing could be lost, the
    /// share is undefined; written as an empty cell / JSON null).
    /// </summary>
    public double? LostCapacityShare => CapacityBefore.Amount > 0 ? Math.Clamp(1 - CapacityAfter.Amount / CapacityBefore.Amount, 0, 1) : null;

    /// <summary>Cells (base space × this domain and unit) newly under-supplied after the cut.</summary>
    public int NewlyUnderSupplied { get; }

    /// <summary>Unmet demand before the cut, Σ over the cells, in <see cref="Unit"/>.</summary>
    public double UnmetBefore { get; }

    /// <summary>Unmet demand after the cut, Σ over the cells, in <see cref="Unit"/>.</summary>
    public double UnmetAfter { get; }
}
