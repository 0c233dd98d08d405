namespace Sozialindikatoren.Participation;

/// <summary>The status of an agreement from a meeting (<em>Stand der Vereinbarung</em>).</summary>
public enum AgreementStatus
{
    /// <summary>Open, not yet done (<em>offen</em>).</summary>
    Open = 0,

    /// <summary>Done (<em>erledigt</em>).</summary>
    Done = 1,

    /// <summary>Dropped or superseded (<em>entfallen</em>).</summary>
    Dropped = 2,
}

/// <summary>Machine codes of <see cref="AgreementStatus"/> (CSV/JSON <c>status</c>).</summary>
public static class AgreementStatusCodes
{
    /// <summary>The code: <c>open</c>, <c>done</c>, <c>dropped</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this AgreementStatus status) => status switch
    {
        AgreementStatus.Done => "done",
        AgreementStatus.Dropped => "dropped",
        _ => "open",
    };

    /// <summary>Parses a code or a German word (<c>offen</c>, <c>erledigt</c>, <c>entfallen</c>); empty = open.</summary>
    /// <param name="text">The text.</param>
    /// <param name="status">The status on success.</param>
    /// <returns>Whether the text names a status.</returns>
    public static bool TryParse(string? text, out AgreementStatus status)
    {
        (var ok, status) = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "" or "open" or "offen" => (true, AgreementStatus.Open),
            "done" or "erledigt" => (true, AgreementStatus.Done),
            "dropped" or "entfallen" => (true, AgreementStatus.Dropped),
            _ => (false, AgreementStatus.Open),
        };
        return ok;
    }
}
