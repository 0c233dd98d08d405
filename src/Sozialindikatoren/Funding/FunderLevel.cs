namespace Sozialindikatoren.Funding;

/// <summary>The level of a funder (<em>Mittelgeberebene</em>) that losses are attributed to: Bund, Land, Kreis, Kommune,
/// or other (EU/ESF, social insurance, foundations and lotteries, own funds, donations).</summary>
public enum FunderLevel
{
    /// <summary>Federal government (<em>Bund</em>).</summary>
    Bund = 0,
    /// <summary>The Land (<em>Land</em>).</summary>
    Land = 1,
    /// <summary>The county (<em>Kreis</em>).</summary>
    Kreis = 2,
    /// <summary>The municipality (<em>Kommune</em>).</summary>
    Kommune = 3,
    /// <summary>Every other source (<em>sonstige</em>): EU/ESF, social insurance, foundations and lotteries, own funds,
    /// donations; also a provider-reported loss whose statement names no funder.</summary>
    Other = 4,
}

/// <summary>Helpers for <see cref="FunderLevel"/>.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class FunderLevels
{
    /// <summary>The levels in order (Bund, Land, Kreis, Kommune, other).</summary>
    public static IReadOnlyList<FunderLevel> All { get; } = [FunderLevel.Bund, FunderLevel.Land, FunderLevel.Kreis, FunderLevel.Kommune, FunderLevel.Other];

    /// <summary>The level of a funding source: Bund, Land, Kreis and Kommune are their own level, every other source is
    /// <see cref="FunderLevel.Other"/>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The level.</returns>
    public static FunderLevel LevelOf(this FundingSource source) => source switch
    {
        FundingSource.Bund => FunderLevel.Bund,
        FundingSource.Land => FunderLevel.Land,
        FundingSource.Kreis => FunderLevel.Kreis,
        FundingSource.Kommune => FunderLevel.Kommune,
        _ => FunderLevel.Other,
    };

    /// <summary>The machine code used in CSV and JSON: <c>bund</c>, <c>land</c>, <c>kreis</c>, <c>kommune</c>, <c>other</c>.
    /// Not a display label (see <c>Text.Labels</c>).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this FunderLevel level) => level switch
    {
        FunderLevel.Bund => "bund",
        FunderLevel.Land => "land",
        FunderLevel.Kreis => "kreis",
        FunderLevel.Kommune => "kommune",
        _ => "other",
    };
}
