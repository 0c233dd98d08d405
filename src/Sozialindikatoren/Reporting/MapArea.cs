using System.Globalization;
using System.Net;
using System.Text;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>One area of a choropleth map (<em>Kartenfläche</em>): a space with its fill colour and labels.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class MapArea
{
    /// <summary>Creates an area.</summary>
    /// <param name="space">The space; it must have a <see cref="SocialSpace.Boundary"/>.</param>
    /// <param name="fill">Fill colour as CSS hex (<c>#rrggbb</c>).</param>
    /// <param name="label">Short label drawn at the centroid (e.g. the value); may be empty.</param>
    /// <param name="tooltip">Tooltip text (SVG <c>title</c>).</param>
    /// <exception cref="ArgumentException">The space has no boundary or the colour is not <c>#rrggbb</c>.</exception>
    public MapArea(SocialSpace space, string fill, string label, string tooltip)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (space.Boundary is null) throw new ArgumentException($"map area '{space.Id}': the space has no boundary.", nameof(space));
        if (fill is null || fill.Length != 7 || fill[0] != '#' || !fill[1..].All(Uri.IsHexDigit))
            throw new ArgumentException($"map area '{space.Id}' fill: expected #rrggbb, was '{fill}'.", nameof(fill));
        Space = space;
        Fill = fill;
        Label = label ?? "";
        Tooltip = tooltip ?? "";
    }

    /// <summary>The space.</summary>
    public SocialSpace Space { get; }

    /// <summary>The fill colour.</summary>
    public string Fill { get; }

    /// <summary>The label.</summary>
    public string Label { get; }

    /// <summary>The tooltip.</summary>
    public string Tooltip { get; }
}
