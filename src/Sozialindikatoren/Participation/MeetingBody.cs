namespace Sozialindikatoren.Participation;

/// <summary>The body or format of a meeting with the free providers (<em>Gremium, Beteiligungsformat</em>).</summary>
public enum MeetingBody
{
    /// <summary>The county's planning advisory board with the providers (<em>Planungsbeirat</em>), the standing body of
    /// regular consultation.</summary>
    Planungsbeirat = 0,

    /// <summary>A social-space conference (<em>Sozialraumkonferenz</em>) in a planning region or municipality.</summary>
    Sozialraumkonferenz = 1,

    /// <summary>A talk in a municipality (<em>Gespräch in der Kommune</em>) with its administration and local providers.</summary>
    GespraechKommune = 2,

    /// <summary>A written or oral provider survey (<em>Träger-Abfrage</em>), e.g. on expected cuts.</summary>
    TraegerAbfrage = 3,
}

/// <summary>Machine codes of <see cref="MeetingBody"/> (CSV/JSON <c>body</c>).</summary>
public static class MeetingBodyCodes
{
    /// <summary>The code: <c>planungsbeirat</c>, <c>sozialraumkonferenz</c>, <c>gespraech_kommune</c>, <c>traeger_abfrage</c>.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this MeetingBody body) => body switch
    {
        MeetingBody.Planungsbeirat => "planungsbeirat",
        MeetingBody.Sozialraumkonferenz => "sozialraumkonferenz",
        MeetingBody.GespraechKommune => "gespraech_kommune",
        _ => "traeger_abfrage",
    };

    /// <summary>Parses a code or a German name (<c>Planungsbeirat</c>, <c>Sozialraumkonferenz</c>, <c>Gespräch in der
    /// Kommune</c>, <c>Träger-Abfrage</c>; case, spaces, hyphens and umlaut spellings ignored).</summary>
    /// <param name="text">The text.</param>
    /// <param name="body">The body on success.</param>
    /// <returns>Whether the text names a body.</returns>
    public static bool TryParse(string? text, out MeetingBody body)
    {
        var t = (text ?? "").Trim().ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        (var ok, body) = t switch
        {
            "planungsbeirat" => (true, MeetingBody.Planungsbeirat),
            "sozialraumkonferenz" => (true, MeetingBody.Sozialraumkonferenz),
            "gespraechkommune" or "gespraechinderkommune" or "kommunalgespraech" => (true, MeetingBody.GespraechKommune),
            "traegerabfrage" or "traegerbefragung" => (true, MeetingBody.TraegerAbfrage),
            _ => (false, MeetingBody.Planungsbeirat),
        };
        return ok;
    }
}
