using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sozialindikatoren.Cli;

/// <summary>Number options are read in the invariant culture, strictly: a point is the decimal separator and there is
/// no thousands separator. A text a German reader would read otherwise is refused (exit 2), never read silently as
/// another number: <c>--per 1,5</c> (the invariant reading would be 15), <c>--budget 250.000</c> or
/// <c>--per 100.000</c> (read as 250 and 100, meant as 250,000 and 100,000).</summary>
internal static partial class CliNumbers
{
    /// <summary>Adds the check of the text to every number option of <paramref name="command"/> and its subcommands.</summary>
    public static void Apply(Command command)
    {
        foreach (var option in command.Options)
            if (option is Option<double> or Option<double?> or Option<decimal> or Option<decimal?> or Option<int> or Option<int?> or Option<long> or Option<long?>)
                option.Validators.Insert(0, Check);
        foreach (var sub in command.Subcommands) Apply(sub);
    }

    /// <summary>Why <paramref name="text"/> is refused as a number, or null when it is not (a text that is no number at
    /// all is left to the parser's own error).</summary>
    internal static string? Problem(string text)
    {
        if (text.Contains(',', StringComparison.Ordinal))
            return $"'{text}': write a number with a point as the decimal separator and without thousands separators (1.5, 100000) / Zahl mit Punkt als Dezimaltrennzeichen und ohne Tausendertrennzeichen angeben.";
        if (Grouped().IsMatch(text))
            return $"'{text}' is ambiguous: write {text.Replace(".", "", StringComparison.Ordinal)} for thousands, or the decimal without trailing zeros / mehrdeutig: ohne Tausenderpunkte angeben.";
        return null;
    }

    /// <summary>The option's value for a validator: its default when not given, else its text read strictly; false
    /// when the text is no number (the parser names it) or is refused by <see cref="Problem"/>.</summary>
    public static bool TryValue(OptionResult result, out double value)
    {
        if (result.Tokens.Count == 0)
        {
            value = result.GetValueOrDefault<double>();
            return true;
        }
        var text = result.Tokens[^1].Value;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && Problem(text) is null;
    }

    /// <inheritdoc cref="TryValue(OptionResult, out double)"/>
    public static bool TryValue(OptionResult result, out int value)
    {
        if (result.Tokens.Count == 0)
        {
            value = result.GetValueOrDefault<int>();
            return true;
        }
        return int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    private static void Check(OptionResult result)
    {
        foreach (var token in result.Tokens)
            if (Problem(token.Value) is { } problem) result.AddError($"{result.Option.Name}: {problem}");
    }

    /// <summary>1–3 digits (not a lone 0) followed by groups of a point and three digits: 1.000, 100.000, 1.000.000.</summary>
    [GeneratedRegex(@"^[+-]?[1-9][0-9]{0,2}(\.[0-9]{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
