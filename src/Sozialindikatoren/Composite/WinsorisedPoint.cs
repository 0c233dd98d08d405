using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>One winsorised cell.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly record struct WinsorisedPoint(SpaceId Unit, bool High, double Before, double After);
