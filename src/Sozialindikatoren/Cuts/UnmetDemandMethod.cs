namespace Sozialindikatoren.Cuts;

/// <summary>How the unmet demand of a cut analysis is computed (<em>Berechnung des ungedeckten Bedarfs</em>).</summary>
public enum UnmetDemandMethod
{
    /// <summary>Locally, max(0, demand − supply) per space and domain (<em>lokal</em>).</summary>
    Local = 0,

    /// <summary>By the capacity-constrained allocation (min-cost flow, <see cref="Access.CapacityAllocation"/>) within
    /// <see cref="CutOptions.AllocationRadiusKm"/> straight-line km, nominal run only (<em>Zuordnung mit Kapazitätsgrenzen</em>).</summary>
    CapacityAllocation = 1,

    /// <summary>Locally, because the allocation was asked for but a space has no centroid.</summary>
    LocalSpaceWithoutCentroid = 2,

    /// <summary>Locally, because the allocation was asked for but an offering has no coordinates (and its space no centroid).</summary>
    LocalOfferingWithoutCoordinates = 3,
}

/// <summary>Machine codes of <see cref="UnmetDemandMethod"/> (JSON <c>unmetDemand</c>).</summary>
public static class UnmetDemandMethodCodes
{
    /// <summary>The code: <c>local</c>, <c>allocation</c>, <c>local_no_centroid</c>, <c>local_no_coordinates</c>.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this UnmetDemandMethod method) => method switch
    {
        UnmetDemandMethod.CapacityAllocation => "allocation",
        UnmetDemandMethod.LocalSpaceWithoutCentroid => "local_no_centroid",
        UnmetDemandMethod.LocalOfferingWithoutCoordinates => "local_no_coordinates",
        _ => "local",
    };
}
