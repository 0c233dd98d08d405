using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>Variance-based sensitivity indices of one factor.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly record struct SensitivityIndex(string Factor, double FirstOrder, double Total, double FirstOrderLow, double FirstOrderHigh, double TotalLow, double TotalHigh);
