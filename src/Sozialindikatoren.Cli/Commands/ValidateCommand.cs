using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Cli.Commands;

/// <summary><c>sozialindikatoren validate [--data FILE|DIR] [--boundaries FILE] [--boundaries-key NAME] [--tolerance PERCENT] [--as-of DATE] [--lang de|en]</c>: validates and summarises a data set.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CliData.CreateOption();
        var asOf = new Option<string>("--as-of") { Description = "Stichtag für die Finanzierungskategorien (yyyy-MM-dd) / reference date for funding categories.", DefaultValueFactory = _ => "2025-01-01" };
        var lang = new Option<string>("--lang") { Description = "Sprache der Ausgabe: de oder en / output language.", DefaultValueFactory = _ => "de" };
        lang.AcceptOnlyFromAmong("de", "en");
        var command = new Command("validate", "Prüft einen Datensatz, listet alle Probleme und zeigt eine Übersicht (Exit-Code 1 bei Problemen) / validates a data set, lists every problem and prints a summary (exit code 1 on problems).");
        command.Options.Add(data);
        command.Options.Add(asOf);
        command.Options.Add(lang);
        CliCsv.AddOptions(command);
        CliDataOptions.AddOptions(command);
        command.SetAction(parse =>
        {
            var date = LocalDatePattern.Iso.Parse(parse.GetValue(asOf) ?? "");
            if (!date.Success)
            {
                stderr.WriteLine($"Fehler / error: --as-of: expected a date yyyy-MM-dd, was '{parse.GetValue(asOf)}'.");
                return CliApp.UsageError;
            }
            var language = parse.GetValue(lang) == "en" ? Language.English : Language.German;
            var loaded = CliData.Load(parse, parse.GetValue(data), stderr);
            if (loaded is null) return CliApp.InvalidInput;
            // The data set's own norms (richtwerte) are checked too: a bad cell is exit 1 like any table.
            if (CliData.LoadNorms(parse, parse.GetValue(data), null, stderr) is not { } norms) return CliApp.InvalidInput;
            Print(loaded, date.Value, language, stdout);
            var own = norms.Norms.Where(n => n.Origin == Gaps.SupplyNormOrigin.DataSet || n.NotSurveyed).ToArray();
            if (own.Length > 0)
            {
                stdout.WriteLine();
                stdout.WriteLine(language == Language.German
                    ? $"Eigene Richtwerte (richtwerte): {own.Length} — " + string.Join("; ", own.Select(n => $"{n.Domain.GermanName} ({Labels.Of(n.Unit, language)}): {n.Label}{(n.NotSurveyed ? ", nicht erhoben" : n.IsAssumption ? ", Annahme" : "")}"))
                    : $"Own norms (richtwerte): {own.Length} — " + string.Join("; ", own.Select(n => $"{n.Domain.EnglishName} ({Labels.Of(n.Unit, language)}): {n.LabelIn(language)}{(n.NotSurveyed ? ", not surveyed" : n.IsAssumption ? ", assumption" : "")}")));
            }
            return CliApp.Ok;
        });
        return command;
    }

    internal static void Print(PlanningData data, LocalDate asOf, Language language, TextWriter stdout)
    {
        var de = language == Language.German;
        string N(double v) => NumberFormat.Number(v, 0, language);
        stdout.WriteLine(de ? $"Datensatz: {data.Name} — gültig" : $"Data set: {data.Name} — valid");
        if (data.HasIllustrativeFigures)
            stdout.WriteLine(de ? "Hinweis: enthält illustrative (nicht reale) Werte; sie sind im Datensatz als »illustrativ« gekennzeichnet."
                                : "Note: contains illustrative (not real) figures, labelled 'illustrative' in the data set.");
        stdout.WriteLine();

        var levels = Enum.GetValues<SpaceLevel>().Select(l => (Level: l, Count: data.Region.AtLevel(l).Count)).Where(x => x.Count > 0).ToArray();
        var spaces = new Table([de ? "Raumebene" : "Level", de ? "Anzahl" : "Count"],
            levels.Select(x => (IReadOnlyList<string>)[LevelLabel(x.Level, de), N(x.Count)]),
            [ColumnAlignment.Left, ColumnAlignment.Right], de ? "Räume" : "Spaces");
        stdout.WriteLine(spaces.ToText());
        var bounded = data.Region.Spaces.Count(s => s.Boundary is not null);
        stdout.WriteLine(de
            ? $"Grenzen: {N(bounded)} von {N(data.Region.Count)} Räumen (Karten, Mittelpunkte und Nachbarschaft aus der Geometrie)"
            : $"Boundaries: {N(bounded)} of {N(data.Region.Count)} spaces (maps, centroids and contiguity from the geometry)");
        stdout.WriteLine();

        var categories = data.CategoriesAt(asOf);
        var domains = data.Offerings.Select(o => o.Domain).Distinct().Order().ToArray();
        var byDomain = new Table(
            [de ? "Handlungsfeld" : "Domain", de ? "Angebote" : "Offerings", Labels.Of(FundingCategory.Full, language), Labels.Of(FundingCategory.Partial, language),
             Labels.Of(FundingCategory.ProviderFinanced, language), Labels.Of(FundingCategory.NotClassifiable, language), de ? "Budget €/Jahr" : "Budget €/year"],
            domains.Select(d =>
            {
                var inDomain = categories.Where(c => c.Key.Domain == d).ToArray();
                return (IReadOnlyList<string>)
                [
                    de ? d.GermanName : d.EnglishName, N(inDomain.Length),
                    N(inDomain.Count(c => c.Value == FundingCategory.Full)), N(inDomain.Count(c => c.Value == FundingCategory.Partial)),
                    N(inDomain.Count(c => c.Value == FundingCategory.ProviderFinanced)), N(inDomain.Count(c => c.Value == FundingCategory.NotClassifiable)),
                    NumberFormat.Amount(inDomain.Sum(c => c.Key.Funding.TotalAt(asOf)), 0, language),
                ];
            }).Append(
            [
                de ? "Summe" : "Total", N(categories.Count),
                N(categories.Count(c => c.Value == FundingCategory.Full)), N(categories.Count(c => c.Value == FundingCategory.Partial)),
                N(categories.Count(c => c.Value == FundingCategory.ProviderFinanced)), N(categories.Count(c => c.Value == FundingCategory.NotClassifiable)),
                NumberFormat.Amount(data.Offerings.Sum(o => o.Funding.TotalAt(asOf)), 0, language),
            ]),
            [ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 6)],
            de ? $"Angebote nach Handlungsfeld und Finanzierungskategorie (Stichtag {asOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)})"
               : $"Offerings by domain and funding category (as of {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        stdout.WriteLine(byDomain.ToText());

        stdout.WriteLine(de
            ? $"Träger: {N(data.Providers.Count)} · Indikator-Datensätze: {N(data.Indicators.Count)} · Aussagen aus Sozialraumkonferenzen: {N(data.ConferenceStatements.Count)} · Angaben aus der Träger-Abfrage: {N(data.ProviderStatements.Count)}"
            : $"Providers: {N(data.Providers.Count)} · indicator records: {N(data.Indicators.Count)} · conference statements: {N(data.ConferenceStatements.Count)} · provider statements: {N(data.ProviderStatements.Count)}");

        var disagreements = data.CategoryDisagreements(asOf);
        if (disagreements.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine(de
                ? $"Hinweis: bei {N(disagreements.Count)} Angebot(en) weicht die erfasste Finanzierungskategorie von der abgeleiteten ab:"
                : $"Note: {N(disagreements.Count)} offering(s) have a recorded funding category that differs from the derived one:");
            CliData.PrintProblems(disagreements, stdout);
        }
        var unknownTypes = data.UnknownOfferingTypes();
        if (unknownTypes.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine(de
                ? $"Hinweis: {N(unknownTypes.Count)} Angebot(e) mit unbekannter Angebotsart:"
                : $"Note: {N(unknownTypes.Count)} offering(s) with an unknown offering type:");
            CliData.PrintProblems(unknownTypes, stdout);
        }
    }

    private static string LevelLabel(SpaceLevel level, bool de) => Labels.Of(level, de ? Language.German : Language.English);
}
