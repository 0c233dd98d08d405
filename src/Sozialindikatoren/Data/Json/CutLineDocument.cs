using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data.Json;

/// <summary>Wire document of one cut line.</summary>
/// <threadsafety>Mutable DTO; not thread-safe while being filled.</threadsafety>
public sealed class CutLineDocument
{
    /// <summary>The programme line as published.</summary>
    public string? Label { get; set; }

    /// <summary>The source (<c>bund</c>, <c>land</c>, <c>kreis</c>, <c>kommune</c>, <c>euEsf</c>, <c>socialInsurance</c>, <c>foundationLottery</c>); omitted = any external source.</summary>
    public string? Source { get; set; }

    /// <summary>Programme name patterns; omitted or empty = all programmes.</summary>
    public List<string>? Programmes { get; set; }

    /// <summary>Domain codes; omitted or empty = all domains.</summary>
    public List<string>? Domains { get; set; }

    /// <summary>Space ids of offering locations; omitted or empty = everywhere.</summary>
    public List<string>? Spaces { get; set; }

    /// <summary>The cut in percent (0–100); give exactly one of <see cref="Percent"/> and <see cref="AmountPerYear"/>.</summary>
    public decimal? Percent { get; set; }

    /// <summary>The cut in EUR per year over all matched lines.</summary>
    public decimal? AmountPerYear { get; set; }

    /// <summary>From when the cut applies (ISO date).</summary>
    public LocalDate EffectiveFrom { get; set; }

    /// <summary><c>sourced</c> or <c>assumption</c> (<c>belegt</c> / <c>annahme</c> also accepted).</summary>
    public string? Status { get; set; }

    /// <summary>The source or the assumption in words.</summary>
    public string? Note { get; set; }
}
