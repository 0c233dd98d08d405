using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>The social index of one space.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SocialIndexEntry
{
    internal SocialIndexEntry(SpaceId space, double population, bool excluded, double statusZ, double dynamicsZ, StatusClass status, DynamicsClass dynamics)
    {
        Space = space;
        Population = population;
        Excluded = excluded;
        StatusZ = statusZ;
        DynamicsZ = dynamicsZ;
        Status = status;
        Dynamics = dynamics;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>Population used for the minimum-size rule (NaN when unknown).</summary>
    public double Population { get; }

    /// <summary>Whether the space was excluded from standardisation (population below the minimum).</summary>
    public bool Excluded { get; }

    /// <summary>Standardised status need index (higher = more need); NaN when excluded or without data — check <see cref="HasStatus"/>.</summary>
    public double StatusZ { get; }

    /// <summary>Standardised dynamics index (higher = need growing faster); NaN when not computed — check <see cref="HasDynamics"/>.</summary>
    public double DynamicsZ { get; }

    /// <summary>Whether a status index exists.</summary>
    public bool HasStatus => !double.IsNaN(StatusZ);

    /// <summary>Whether a dynamics index exists.</summary>
    public bool HasDynamics => !double.IsNaN(DynamicsZ);

    /// <summary>Status class (1 hoch … 4 sehr niedrig).</summary>
    public StatusClass Status { get; }

    /// <summary>Dynamics class (positiv, stabil, negativ).</summary>
    public DynamicsClass Dynamics { get; }

    /// <summary>The combined group, or null when either class is missing.</summary>
    public MssGroup? Group => Status != StatusClass.Unclassified && Dynamics != DynamicsClass.Unclassified ? new MssGroup(Status, Dynamics) : null;

    /// <summary>E.g. <c>05970040: status z 1.23 (3), dynamics z -0.4 (±) → 3±</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Space}: status z {StatusZ:0.##} ({(int)Status}), dynamics z {DynamicsZ:0.##} ({Dynamics}){(Group is { } g ? " → " + g.Code : "")}{(Excluded ? " [excluded]" : "")}");
}
