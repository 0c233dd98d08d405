using System.Globalization;

namespace Sozialindikatoren.Access;

/// <summary>The text form of a distance decay function (<em>Distanzgewichtung</em>), next to <see cref="DecayFunction"/>.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class DecaySpec
{
    /// <summary>Parses a decay specification as the CLI's <c>--decay</c> takes it: <c>binary</c>, <c>gaussian:SIGMA</c>,
    /// <c>exponential:BETA</c>, <c>linear:C</c>, <c>power:BETA</c>, <c>logistic:C:SD</c> or <c>steps:U1=W1,U2=W2,…</c>
    /// (invariant numbers; parameters validated by the <see cref="DecayFunction"/> factories).</summary>
    /// <param name="text">The specification.</param>
    /// <param name="edges">Band edges for <c>steps</c>.</param>
    /// <param name="decay">The decay function (binary when parsing fails).</param>
    /// <param name="error">Why parsing failed (empty on success).</param>
    /// <returns>Whether the text is a valid specification.</returns>
    public static bool TryParse(string text, BandEdges edges, out DecayFunction decay, out string error)
    {
        decay = DecayFunction.Binary();
        error = "";
        var parts = text.Trim().Split(':');
        string kind = parts[0].Trim().ToLowerInvariant();
        try
        {
            bool Num(int k, out double v)
            {
                v = 0;
                return parts.Length > k && double.TryParse(parts[k], NumberStyles.Float, CultureInfo.InvariantCulture, out v);
            }
            switch (kind)
            {
                case "binary" when parts.Length == 1:
                    decay = DecayFunction.Binary();
                    return true;
                case "gaussian" when parts.Length == 2 && Num(1, out var sigma):
                    decay = DecayFunction.Gaussian(sigma);
                    return true;
                case "exponential" when parts.Length == 2 && Num(1, out var b):
                    decay = DecayFunction.Exponential(b);
                    return true;
                case "linear" when parts.Length == 2 && Num(1, out var c):
                    decay = DecayFunction.Linear(c);
                    return true;
                case "power" when parts.Length == 2 && Num(1, out var pb):
                    decay = DecayFunction.Power(pb);
                    return true;
                case "logistic" when parts.Length == 3 && Num(1, out var lc) && Num(2, out var sd):
                    decay = DecayFunction.Logistic(lc, sd);
                    return true;
                case "steps" when parts.Length == 2:
                {
                    var uppers = new List<double>();
                    var weights = new List<double>();
                    foreach (var band in parts[1].Split(','))
                    {
                        var kv = band.Split('=');
                        if (kv.Length != 2
                            || !double.TryParse(kv[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var u)
                            || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                        {
                            error = $"band '{band}' is not UPPER=WEIGHT.";
                            return false;
                        }
                        uppers.Add(u);
                        weights.Add(w);
                    }
                    decay = DecayFunction.Steps(uppers, weights, edges);
                    return true;
                }
                default:
                    error = "expected binary, gaussian:SIGMA, exponential:BETA, linear:C, power:BETA, logistic:C:SD or steps:U1=W1,U2=W2,...";
                    return false;
            }
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return false;
        }
    }
}
