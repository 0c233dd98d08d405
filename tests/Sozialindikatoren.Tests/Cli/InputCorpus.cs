using System.Text;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>What a run of an input must give.</summary>
public enum CorpusExpectation
{
    /// <summary>A valid (possibly unusual) input: exit 0.</summary>
    Valid,
    /// <summary>An invalid input: exit 1 or 2 with a located message.</summary>
    Error,
    /// <summary>An input that is usable but loses or changes something: a warning (or an error) naming it.</summary>
    Told,
}

/// <summary>How a run of the CLI on one input turned out (the classes of issue #16).</summary>
public enum CorpusOutcome
{
    /// <summary>Exit 0 on a valid input, or an error/warning that names the place and the value.</summary>
    Clear,
    /// <summary>Exit 1 or 2, but the message misses the file, the field or the value.</summary>
    Unclear,
    /// <summary>An exception escaped, or a .NET stack trace or exception name was printed.</summary>
    StackTrace,
    /// <summary>Exit 0 on an input that loses something, without a warning naming it.</summary>
    SilentlyAccepted,
    /// <summary>Exit 0 on an invalid input: a figure from impossible data.</summary>
    WrongExit0,
    /// <summary>A valid input was rejected.</summary>
    ValidRejected,
}

/// <summary>One input of the corpus: its format, a name, what it must give, a setup that writes the files into a
/// folder and returns the CLI arguments, and the texts a clear message must contain (each may list alternatives
/// separated by <c>|</c>).</summary>
public sealed record CorpusCase(string Format, string Name, CorpusExpectation Expect, Func<string, string[]> Setup, string[] Needles)
{
    /// <inheritdoc/>
    public override string ToString() => Format + "/" + Name;
}

/// <summary>
/// The malformed and unusual inputs over the eight input formats of issue #16 (JSON data set, data folder, inventory
/// CSV, GENESIS table, rates CSV, index CSVs, access CSVs, scenario JSON). Each case mutates one valid base input.
/// </summary>
public static class InputCorpus
{
    public const string JsonFormat = "json-dataset";
    public const string FolderFormat = "data-folder";
    public const string InventoryFormat = "inventory-csv";
    public const string GenesisFormat = "genesis";
    public const string RatesFormat = "rates-csv";
    public const string IndexFormat = "index-csv";
    public const string AccessFormat = "access-csv";
    public const string ScenarioFormat = "scenario-json";

    public static string Write(string dir, string name, string text, Encoding? encoding = null)
    {
        var p = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, (encoding ?? new UTF8Encoding(false)).GetBytes(text));
        return p;
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> (a corpus bug when it is absent).</summary>
    public static string Sub(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException("corpus: '" + old + "' not in the base input");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    // ---------------------------------------------------------------- JSON data set

    public const string Json = """
        { "format": "sozialindikatoren/dataset", "version": 1, "name": "T",
          "spaces": [ { "id": "05970000", "name": "K", "level": "county", "ags": "05970000" },
                      { "id": "05970040", "name": "Siegen", "level": "municipality", "parent": "05970000", "ags": "05970040", "areaKm2": 114.69,
                        "population": { "referenceDate": "2024-12-31", "bands": [ { "band": "0-3", "count": 2900 }, { "band": "3-6", "count": 2950 } ] } } ],
          "providers": [ { "id": "p", "name": "P", "association": "awo" } ],
          "offerings": [ { "id": "o", "name": "O", "domain": "Schulden", "providerId": "p", "location": "05970040", "obligation": "voluntary",
                           "capacity": { "amount": 3.0, "unit": "fte" },
                           "funding": [ { "source": "land", "programme": "Fachberatung", "instrument": "fixedAmount", "amountPerYear": 20000, "start": "2025-01-01", "end": "2025-12-31" } ] } ],
          "indicators": [ { "space": "05970040", "indicator": "sgb2_quote", "date": "2024-12-31", "value": 9120, "denominator": 80000 } ],
          "providerStatements": [ { "offeringId": "o", "effectiveFrom": "2025-07-01", "capacityReduction": 0.25, "expectedFundingLossPerYear": 12400, "text": "x", "reportedOn": "2024-11-20" } ]
        }
        """;

    private static CorpusCase J(string name, CorpusExpectation expect, string text, params string[] needles) =>
        new(JsonFormat, name, expect, dir => ["validate", "--data", Write(dir, "d.json", text)], ["d.json", .. needles]);

    private static CorpusCase JSub(string name, string old, string replacement, params string[] needles) =>
        J(name, CorpusExpectation.Error, Sub(Json, old, replacement), needles);

    private static IEnumerable<CorpusCase> JsonCases()
    {
        yield return J("valid", CorpusExpectation.Valid, Json);
        yield return J("bom", CorpusExpectation.Valid, "\uFEFF" + Json);
        yield return JSub("capacity-1e308", "\"amount\": 3.0", "\"amount\": 1e308", "amount|capacity", "1e308|1E+308");
        yield return JSub("capacity-negative", "\"amount\": 3.0", "\"amount\": -2", "amount|capacity", "-2");
        yield return JSub("amount-7.9e28", "\"amountPerYear\": 20000", "\"amountPerYear\": 7.9e28", "amountPerYear", "7.9e28|79000000000000000000000000000");
        yield return JSub("amount-1e30", "\"amountPerYear\": 20000", "\"amountPerYear\": 1e30", "amountPerYear");
        yield return JSub("amount-2e12", "\"amountPerYear\": 20000", "\"amountPerYear\": 2e12", "amountPerYear", "2e12|2000000000000");
        yield return JSub("amount-zero", "\"amountPerYear\": 20000", "\"amountPerYear\": 0", "amountPerYear", "0");
        yield return JSub("population-negative", "\"count\": 2900", "\"count\": -5", "count", "-5");
        yield return JSub("population-1e12", "\"count\": 2900", "\"count\": 1000000000000", "count", "1000000000000");
        yield return JSub("population-fraction", "\"count\": 2900", "\"count\": 2.5", "count", "2.5");
        yield return JSub("share-numerator-above-denominator", "\"value\": 9120", "\"value\": 90000", "value", "90000");
        yield return JSub("denominator-zero", "\"denominator\": 80000", "\"denominator\": 0", "denominator", "0");
        yield return JSub("numerator-negative", "\"value\": 9120", "\"value\": -1", "value", "-1");
        yield return JSub("denominator-1e15", "\"denominator\": 80000", "\"denominator\": 1e15", "denominator", "1e15|1E+15|1000000000000000");
        yield return JSub("capacity-reduction-1.5", "\"capacityReduction\": 0.25", "\"capacityReduction\": 1.5", "capacityReduction", "1.5");
        yield return JSub("capacity-reduction-negative", "\"capacityReduction\": 0.25", "\"capacityReduction\": -0.1", "capacityReduction", "-0.1");
        yield return JSub("loss-7.9e28", "\"expectedFundingLossPerYear\": 12400", "\"expectedFundingLossPerYear\": 7.9e28", "expectedFundingLossPerYear", "7.9e28|79000000000000000000000000000");
        yield return JSub("area-negative", "\"areaKm2\": 114.69", "\"areaKm2\": -1", "areaKm2", "-1");
        yield return JSub("area-1e9", "\"areaKm2\": 114.69", "\"areaKm2\": 1e9", "areaKm2", "1e9|1E+09|1000000000");
        yield return JSub("unknown-member", "\"areaKm2\"", "\"areaKm\"", "areaKm");
        yield return JSub("duplicate-member", "\"name\": \"Siegen\",", "\"name\": \"Siegen\", \"name\": \"S\",", "name");
        yield return JSub("number-as-string", "\"count\": 2900", "\"count\": \"2900\"", "count", "2900");
        yield return J("truncated", CorpusExpectation.Error, Json[..(Json.Length / 2)], "line");
        yield return J("empty", CorpusExpectation.Error, "", "empty|no JSON|no data|line");
        yield return JSub("unknown-location", "\"location\": \"05970040\"", "\"location\": \"05970999\"", "location", "05970999");
        yield return JSub("version-2", "\"version\": 1", "\"version\": 2", "version", "2");
        yield return JSub("nan-literal", "\"amount\": 3.0", "\"amount\": NaN", "line");
        yield return JSub("ags-short", "\"ags\": \"05970040\"", "\"ags\": \"123\"", "ags", "123");
        yield return JSub("end-before-start", "\"end\": \"2025-12-31\"", "\"end\": \"2024-12-31\"", "end|period", "2024-12-31");
        yield return JSub("bad-date", "\"date\": \"2024-12-31\"", "\"date\": \"2024-13-01\"", "2024-13-01|date");
        yield return JSub("indicator-unknown-space", "\"space\": \"05970040\"", "\"space\": \"05970999\"", "space", "05970999");
        yield return JSub("unknown-unit", "\"unit\": \"fte\"", "\"unit\": \"stellen\"", "unit", "stellen");
    }

    // ---------------------------------------------------------------- data folder and inventory

    public const string Spaces = "id,name,level,parent,ags,area_km2\n05970000,Kreis,county,,05970000,1132.89\n05970040,Siegen,municipality,05970000,05970040,114.69\n05970004,Bad Berleburg,municipality,05970000,05970004,275.3\n";
    public const string Population = "space_id,date,age_band,count\n05970040,2024-12-31,0-3,2900\n05970040,2024-12-31,3-6,2950\n05970004,2024-12-31,0-3,400\n05970004,2024-12-31,3-6,410\n";
    public const string Indicators = "space_id,indicator,date,value,denominator\n05970040,sgb2_quote,2024-12-31,9120,80000\n05970004,sgb2_quote,2024-12-31,800,12000\n";
    public const string Statements = "offering_id,effective_from,capacity_reduction,expected_funding_loss_per_year,text,reported_on\nsb,2025-07-01,0.25,12400,Eine halbe Stelle,2024-11-20\n";
    public const string Conference = "space_id,domain,rating,text,date,source\n05970040,Schulden,underSupplied,Wartezeit,2024-10-15,Konferenz\n";
    public const string Inventory =
        "offering_id,offering_name,domain,provider_id,provider_name,association,location,served_spaces,capacity,unit,obligation,funding_source,programme,instrument,amount_per_year,start,end\n"
        + "sb,Schuldnerberatung,Schulden,p,Diakonie,diakonie,05970040,05970040|05970004,3.0,fte,voluntary,land,Fachberatung,fixedAmount,20000,2025-01-01,2025-12-31\n"
        + "sb,Schuldnerberatung,Schulden,p,Diakonie,diakonie,05970040,05970040|05970004,3.0,fte,voluntary,ownFunds,Eigenanteil,ownResources,19500,2025-01-01,2025-12-31\n"
        + "kita,Kita,KinderJugend,p,Diakonie,diakonie,05970004,,85,places,individualLegalClaim,kreis,Kita-Pauschale,fixedAmount,500000,2025-01-01,2025-12-31\n";

    public const string GermanInventory =
        "Angebot-ID;Angebot;Handlungsfeld;Träger-ID;Träger;Verband;Standort;Kapazität;Einheit;Verbindlichkeit;Mittelgeber;Programm;Finanzierungsart;Betrag pro Jahr;Beginn;Ende\r\n"
        + "k1;Kita Sonnenschein;KinderJugend;t1;Caritas Siegen;Caritas;05970040;1.000;places;Rechtsanspruch;Kreis;Kita-Pauschale;Festbetragsfinanzierung;1.234.567,50 €;2025;12/2025\r\n"
        + "g1;Gefährdetenhilfe Süd;ArmutSozialeTeilhabe;t2;Diakonie Süd;Diakonie;05970040;2,5;fte;freiwillig;Land;Gefährdetenhilfe;Festbetragsfinanzierung;80.000;01.01.2025;31.12.2025\r\n";

    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>A data folder with every table; <paramref name="change"/> replaces one file's text (or removes it with null).</summary>
    public static string Folder(string dir, string? file = null, string? text = null, Encoding? encoding = null)
    {
        var d = Path.Combine(dir, "data");
        var files = new Dictionary<string, string?>
        {
            ["spaces.csv"] = Spaces, ["population.csv"] = Population, ["indicators.csv"] = Indicators,
            ["provider_statements.csv"] = Statements, ["conference_statements.csv"] = Conference, ["angebote.csv"] = Inventory,
        };
        if (file is not null) files[file] = text;
        foreach (var (name, content) in files)
            if (content is not null) Write(d, name, content, name == file ? encoding : null);
        return d;
    }

    private static CorpusCase F(string format, string name, CorpusExpectation expect, string file, string? text, params string[] needles) =>
        new(format, name, expect, dir => ["validate", "--data", Folder(dir, file, text)], needles);

    private static CorpusCase FSub(string name, string file, string baseText, string old, string replacement, params string[] needles) =>
        F(FolderFormat, name, CorpusExpectation.Error, file, Sub(baseText, old, replacement), [file, .. needles]);

    private static CorpusCase ISub(string name, string old, string replacement, params string[] needles) =>
        F(InventoryFormat, name, CorpusExpectation.Error, "angebote.csv", Sub(Inventory, old, replacement), ["angebote.csv", .. needles]);

    /// <summary>Changes an offering attribute on every row of the offering (rows must agree).</summary>
    private static CorpusCase IAll(string name, string old, string replacement, params string[] needles) =>
        F(InventoryFormat, name, CorpusExpectation.Error, "angebote.csv", Sub(Inventory, old, replacement).Replace(old, replacement, StringComparison.Ordinal), ["angebote.csv", .. needles]);

    private static IEnumerable<CorpusCase> FolderCases()
    {
        yield return F(FolderFormat, "valid", CorpusExpectation.Valid, "spaces.csv", Spaces);
        yield return F(FolderFormat, "german-population", CorpusExpectation.Valid, "population.csv", "Raum-ID;Stichtag;Altersgruppe;Anzahl\r\n05970040;31.12.2024;unter 3;2.900\r\n05970004;2024;3 bis unter 6;410\r\n");
        yield return F(FolderFormat, "quoted-line-break", CorpusExpectation.Valid, "spaces.csv", Sub(Spaces, "Bad Berleburg", "\"Bad\nBerleburg\""));
        yield return FSub("population-negative", "population.csv", Population, "2950", "-3", "line 3", "-3");
        yield return FSub("population-1e12", "population.csv", Population, "2950", "1000000000000", "line 3", "1000000000000");
        yield return FSub("population-fraction", "population.csv", Population, "2950", "12.5", "line 3", "12.5");
        yield return FSub("population-empty", "population.csv", Population, ",2950", ",", "line 3", "count");
        yield return FSub("population-orphan", "population.csv", Population, "05970004,2024-12-31,3-6", "05970999,2024-12-31,3-6", "05970999");
        yield return FSub("population-duplicate", "population.csv", Population, "05970004,2024-12-31,3-6", "05970004,2024-12-31,0-3", "line 5", "0-3");
        yield return FSub("share-above-denominator", "indicators.csv", Indicators, "800,12000", "13000,12000", "line 3", "13000");
        yield return FSub("denominator-zero", "indicators.csv", Indicators, "800,12000", "800,0", "line 3", "denominator");
        yield return FSub("numerator-negative", "indicators.csv", Indicators, "800,12000", "-8,12000", "line 3", "-8");
        yield return FSub("value-1e308", "indicators.csv", Indicators, "800,12000", "1e308,12000", "line 3", "1e308");
        yield return FSub("indicator-duplicate", "indicators.csv", Indicators, "05970004,sgb2_quote", "05970040,sgb2_quote", "line 3", "sgb2_quote");
        yield return FSub("indicator-unknown-space", "indicators.csv", Indicators, "05970004,sgb2_quote", "05970999,sgb2_quote", "05970999");
        yield return F(FolderFormat, "indicator-german-decimal-point", CorpusExpectation.Error, "indicators.csv", "Raum-ID;Indikator;Stichtag;Wert\r\n05970040;quote;2024;4.0\r\n", "indicators.csv", "line 2", "4.0");
        yield return FSub("area-negative", "spaces.csv", Spaces, "275.3", "-5", "line 4", "-5");
        yield return FSub("area-1e9", "spaces.csv", Spaces, "275.3", "1000000000", "line 4", "1000000000");
        yield return F(FolderFormat, "spaces-duplicate-id", CorpusExpectation.Error, "spaces.csv", Spaces + "05970040,Siegen 2,municipality,05970000,05970040,1\n", "spaces.csv", "05970040");
        yield return FSub("spaces-bad-level", "spaces.csv", Spaces, "municipality,05970000,05970004", "gemeindchen,05970000,05970004", "line 4", "gemeindchen");
        yield return F(FolderFormat, "spaces-missing-column", CorpusExpectation.Error, "spaces.csv", "id,level\n05970040,municipality\n", "spaces.csv", "name");
        yield return FSub("spaces-unterminated-quote", "spaces.csv", Spaces, "Bad Berleburg", "\"Bad Berleburg", "quote");
        yield return FSub("reduction-1.5", "provider_statements.csv", Statements, "0.25", "1.5", "line 2", "1.5");
        yield return FSub("reduction-150", "provider_statements.csv", Statements, "0.25", "150", "line 2", "150");
        yield return FSub("reduction-negative", "provider_statements.csv", Statements, "0.25", "-0.2", "line 2", "-0.2");
        yield return FSub("loss-1e30", "provider_statements.csv", Statements, "12400", "1e30", "line 2", "1e30");
        yield return FSub("statement-unknown-offering", "provider_statements.csv", Statements, "sb,", "xx,", "xx");
        yield return FSub("conference-bad-rating", "conference_statements.csv", Conference, "underSupplied", "schlecht", "line 2", "schlecht");
        yield return F(FolderFormat, "no-spaces", CorpusExpectation.Error, "spaces.csv", null, "spaces.csv");
        yield return F(FolderFormat, "no-inventory", CorpusExpectation.Error, "angebote.csv", null, "angebote.csv");
        yield return new(FolderFormat, "indicators-is-a-folder", CorpusExpectation.Error, dir =>
        {
            var d = Folder(dir, "indicators.csv", null);
            Directory.CreateDirectory(Path.Combine(d, "indicators.csv"));
            return ["validate", "--data", d];
        }, ["indicators.csv", "folder"]);
        yield return new(FolderFormat, "no-such-folder", CorpusExpectation.Error, dir => ["validate", "--data", Path.Combine(dir, "gibt-es-nicht")], ["gibt-es-nicht"]);
        yield return F(FolderFormat, "unknown-column", CorpusExpectation.Told, "spaces.csv", Sub(Spaces, "area_km2", "area_km2,farbe").Replace("1132.89\n", "1132.89,rot\n", StringComparison.Ordinal), "spaces.csv", "farbe");
    }

    /// <summary>A data folder whose inventory is the German Excel export (its statements refer to its offerings).</summary>
    private static string GermanFolder(string dir, Encoding encoding)
    {
        var d = Folder(dir, "angebote.csv", GermanInventory, encoding);
        Write(d, "provider_statements.csv", Statements.Replace("\nsb,", "\ng1,", StringComparison.Ordinal));
        return d;
    }

    private static IEnumerable<CorpusCase> InventoryCases()
    {
        yield return new(InventoryFormat, "valid-german-excel", CorpusExpectation.Valid, dir => ["validate", "--data", GermanFolder(dir, new UTF8Encoding(false))], []);
        yield return new(InventoryFormat, "valid-windows-1252", CorpusExpectation.Valid, dir => ["validate", "--data", GermanFolder(dir, Cp1252)], []);
        yield return IAll("capacity-1e308", "3.0,fte,voluntary,", "1e308,fte,voluntary,", "line 2", "1e308|1E+308");
        yield return IAll("capacity-negative", "3.0,fte,voluntary,", "-1,fte,voluntary,", "line 2", "-1");
        yield return IAll("capacity-text", "3.0,fte,voluntary,", "drei,fte,voluntary,", "line 2", "drei");
        yield return ISub("amount-7.9e28", "20000", "7.9e28", "line 2", "7.9e28");
        yield return ISub("amount-1e30", "20000", "1e30", "line 2", "1e30");
        yield return ISub("amount-zero", "20000", "0", "line 2", "amount_per_year");
        yield return ISub("amount-negative", "20000", "-5", "line 2", "-5");
        yield return IAll("unknown-unit", "3.0,fte,voluntary,", "3.0,stellen,voluntary,", "line 2", "stellen");
        yield return IAll("unknown-obligation", "fte,voluntary,", "fte,vielleicht,", "line 2", "vielleicht");
        yield return F(InventoryFormat, "duplicate-funding-row", CorpusExpectation.Error, "angebote.csv",
            Inventory + "sb,Schuldnerberatung,Schulden,p,Diakonie,diakonie,05970040,05970040|05970004,3.0,fte,voluntary,land,Fachberatung,fixedAmount,20000,2025-01-01,2025-12-31\n", "angebote.csv", "line 5");
        yield return ISub("end-before-start", "20000,2025-01-01,2025-12-31", "20000,2025-01-01,2024-12-31", "line 2", "2024-12-31");
        yield return IAll("unknown-location", "diakonie,05970040,05970040|05970004", "diakonie,05970999,05970040|05970004", "05970999");
        yield return IAll("unknown-served-space", "05970040|05970004,", "05970040|05970998,", "05970998");
        yield return ISub("rows-disagree", "3.0,fte,voluntary,ownFunds", "4.0,fte,voluntary,ownFunds", "line 3", "capacity");
        yield return ISub("empty-id", "kita,Kita", ",Kita", "line 4", "offering_id");
        yield return F(InventoryFormat, "missing-column", CorpusExpectation.Error, "angebote.csv", Inventory.Replace(",unit,", ",einheit_x,", StringComparison.Ordinal), "angebote.csv", "unit");
        yield return F(InventoryFormat, "german-decimal-point", CorpusExpectation.Error, "angebote.csv", GermanInventory.Replace(";2,5;", ";2.5;", StringComparison.Ordinal), "angebote.csv", "line 3", "2.5");
        yield return F(InventoryFormat, "german-amount-ambiguous", CorpusExpectation.Error, "angebote.csv", GermanInventory.Replace(";80.000;", ";1244900.5;", StringComparison.Ordinal), "angebote.csv", "line 3", "1244900.5");
        yield return ISub("unknown-column", "offering_id,", "offering_id,typ_x,", "typ_x") with { Expect = CorpusExpectation.Told };
        yield return ISub("unknown-source", "voluntary,land,Fachberatung", "voluntary,mond,Fachberatung", "line 2", "mond");
        yield return IAll("bad-association", "Diakonie,diakonie,", "Diakonie,kirche,", "line 2", "kirche");
    }

    // ---------------------------------------------------------------- GENESIS

    public static string GenesisFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "genesis", name);

    private static CorpusCase G(string name, CorpusExpectation expect, Func<string, string> file, params string[] needles) =>
        new(GenesisFormat, name, expect, dir => ["import-genesis", file(dir), "--out", Path.Combine(dir, "long.csv")], needles);

    private static string Classic => File.ReadAllText(GenesisFile("13211-02-05-4_kreise_utf8.csv"));

    private static IEnumerable<CorpusCase> GenesisCases()
    {
        yield return G("valid-classic", CorpusExpectation.Valid, _ => GenesisFile("13211-02-05-4_kreise_utf8.csv"));
        yield return G("valid-flat", CorpusExpectation.Valid, _ => GenesisFile("12411-0015_de_flat.csv"));
        yield return G("valid-zip", CorpusExpectation.Valid, _ => GenesisFile("12411-0015_de_flat.zip"));
        yield return G("valid-latin1", CorpusExpectation.Valid, _ => GenesisFile("12411-01-01-4_gemeinden_latin1.csv"));
        yield return G("header-only", CorpusExpectation.Error, d => Write(d, "t.csv", string.Join("\n", Classic.Split('\n').Take(7))), "t.csv");
        yield return G("title-only", CorpusExpectation.Error, d => Write(d, "t.csv", "GENESIS-Tabelle: 12411-0001\n"), "t.csv");
        yield return G("value-1e308", CorpusExpectation.Error, d => Write(d, "t.csv", Classic.Replace(";8215;", ";1e308;", StringComparison.Ordinal)), "t.csv", "1e308");
        yield return G("value-overlong-number", CorpusExpectation.Error, d => Write(d, "t.csv", Classic.Replace(";8215;", ";" + new string('9', 400) + ";", StringComparison.Ordinal)), "t.csv", "line");
        yield return G("value-text", CorpusExpectation.Error, d => Write(d, "t.csv", Classic.Replace(";8215;", ";viele;", StringComparison.Ordinal)), "t.csv", "viele");
        yield return G("flat-value-text", CorpusExpectation.Error, d => Write(d, "f.csv", File.ReadAllText(GenesisFile("12411-0015_de_flat.csv")).Replace(";51131;", ";viele;", StringComparison.Ordinal)), "f.csv", "viele");
        yield return G("flat-truncated", CorpusExpectation.Error, d => Write(d, "f.csv", File.ReadAllText(GenesisFile("12411-0015_de_flat.csv")).Split('\n')[0] + "\n12411;x;STAG\n"), "f.csv", "line 2");
        yield return G("empty", CorpusExpectation.Error, d => Write(d, "t.csv", ""), "t.csv");
        yield return G("missing", CorpusExpectation.Error, d => Path.Combine(d, "fehlt.csv"), "fehlt.csv");
        yield return new(GenesisFormat, "folder-table-keys-without-leading-zero", CorpusExpectation.Told, dir =>
        {
            var d = Folder(dir);
            var table = File.ReadAllText(GenesisFile("12411-01-01-4_gemeinden_latin1.csv"), Cp1252).Replace("\n05970", "\n5970", StringComparison.Ordinal);
            Write(d, "indicators/bev.csv", table, Cp1252);
            return ["validate", "--data", d];
        }, ["bev.csv", "5970040"]);
        yield return new(GenesisFormat, "folder-table-all-outside", CorpusExpectation.Told, dir =>
        {
            var d = Folder(dir);
            Write(d, "indicators/bev.csv", File.ReadAllText(GenesisFile("12411-0015_de_flat.csv")).Replace("05970040", "05966024", StringComparison.Ordinal));
            return ["validate", "--data", d];
        }, ["bev.csv", "warning|no area|none of"]);
        yield return new(GenesisFormat, "folder-population-negative", CorpusExpectation.Error, dir =>
        {
            var d = Folder(dir, "population.csv", null);
            Write(d, "population.csv", File.ReadAllText(GenesisFile("12411-02-03-4_zeit_in_zeilen.csv"), Cp1252).Replace(";7798;", ";-7798;", StringComparison.Ordinal), Cp1252);
            return ["validate", "--data", d];
        }, ["line", "-7798"]);
    }

    // ---------------------------------------------------------------- rates

    public const string Rates = "id,count,denominator\na,5,1000\nb,0,200\n";

    private static CorpusCase R(string name, CorpusExpectation expect, string text, string[] extra, params string[] needles) =>
        new(RatesFormat, name, expect, dir => ["rates", "--input", Write(dir, "r.csv", text), .. extra], ["r.csv", .. needles]);

    private static IEnumerable<CorpusCase> RatesCases()
    {
        yield return R("valid", CorpusExpectation.Valid, Rates, []);
        yield return R("valid-german", CorpusExpectation.Valid, "ID;Anzahl;Nenner\na;5;1.000\nb;0;200\n", []);
        yield return R("proportion-count-above-denominator", CorpusExpectation.Error, Sub(Rates, "5,1000", "1200,1000"), ["--method", "wilson"], "line 2", "1200");
        yield return R("denominator-zero", CorpusExpectation.Error, Sub(Rates, "5,1000", "5,0"), [], "line 2", "denominator");
        yield return R("count-negative", CorpusExpectation.Error, Sub(Rates, "5,1000", "-1,1000"), [], "line 2", "-1");
        yield return R("count-1e308", CorpusExpectation.Error, Sub(Rates, "5,1000", "1e308,1e308"), [], "line 2", "1e308");
        yield return R("denominator-1e308", CorpusExpectation.Error, Sub(Rates, "5,1000", "5,1e308"), [], "line 2", "1e308");
        yield return R("count-fraction-exact", CorpusExpectation.Error, Sub(Rates, "5,1000", "5.5,1000"), ["--method", "exact"], "line 2", "5.5");
        yield return R("empty-id", CorpusExpectation.Error, Sub(Rates, "a,5", ",5"), [], "line 2", "id");
        yield return R("missing-column", CorpusExpectation.Error, "id,count\na,5\n", [], "denominator");
        yield return R("unquoted-decimal-comma", CorpusExpectation.Error, Sub(Rates, "5,1000", "5,1000,5"), [], "line 2");
        yield return R("nan", CorpusExpectation.Error, Sub(Rates, "5,1000", "NaN,1000"), [], "line 2", "NaN");
        yield return R("infinity", CorpusExpectation.Error, Sub(Rates, "5,1000", "5,Infinity"), [], "line 2", "Infinity");
        yield return R("short-row", CorpusExpectation.Error, Sub(Rates, "a,5,1000", "a,5"), [], "line 2");
        yield return R("german-decimal-point", CorpusExpectation.Error, "ID;Anzahl;Nenner\na;5;1000.5\n", [], "line 2", "1000.5");
        yield return R("empty", CorpusExpectation.Error, "", []);
        yield return R("header-only", CorpusExpectation.Error, "id,count,denominator\n", [], "no data");
    }

    // ---------------------------------------------------------------- index

    public const string IndexData = "uCode,I1,I2\nA,1,2\nB,2,3\nC,3,1\n";
    public const string IndexMeta = "iCode,Level,Parent,Direction,Weight,Type\nI1,1,Index,1,1,Indicator\nI2,1,Index,-1,1,Indicator\nIndex,2,,1,1,Aggregate\n";

    private static CorpusCase X(string name, CorpusExpectation expect, string data, string meta, string bad, params string[] needles) =>
        new(IndexFormat, name, expect, dir => ["index", "--data", Write(dir, "idata.csv", data), "--meta", Write(dir, "imeta.csv", meta)], [bad, .. needles]);

    private static IEnumerable<CorpusCase> IndexCases()
    {
        yield return X("valid", CorpusExpectation.Valid, IndexData, IndexMeta, "");
        yield return X("valid-german", CorpusExpectation.Valid, "Einheit;I1;I2\nA;1,5;2\nB;2;3\nC;3;1.000\n", IndexMeta, "");
        yield return X("column-all-missing", CorpusExpectation.Told, "uCode,I1,I2\nA,1,\nB,2,\nC,3,\n", IndexMeta, "idata.csv", "I2");
        yield return X("weights-all-zero", CorpusExpectation.Error, IndexData, IndexMeta.Replace(",1,Indicator", ",0,Indicator", StringComparison.Ordinal), "imeta.csv", "Weight");
        yield return X("weight-negative", CorpusExpectation.Error, IndexData, Sub(IndexMeta, "I1,1,Index,1,1", "I1,1,Index,1,-1"), "imeta.csv", "line 2", "-1");
        yield return X("weight-nan", CorpusExpectation.Error, IndexData, Sub(IndexMeta, "I1,1,Index,1,1", "I1,1,Index,1,NaN"), "imeta.csv", "line 2", "NaN");
        yield return X("value-1e308", CorpusExpectation.Error, Sub(IndexData, "B,2,3", "B,1e308,3"), IndexMeta, "idata.csv", "line 3", "1e308");
        yield return X("value-text", CorpusExpectation.Error, Sub(IndexData, "B,2,3", "B,zwei,3"), IndexMeta, "idata.csv", "line 3", "zwei");
        yield return X("short-row", CorpusExpectation.Error, Sub(IndexData, "B,2,3", "B,2"), IndexMeta, "idata.csv", "line 3");
        yield return X("duplicate-unit", CorpusExpectation.Error, Sub(IndexData, "C,3,1", "A,3,1"), IndexMeta, "idata.csv", "line 4", "A");
        yield return X("unknown-type", CorpusExpectation.Error, IndexData, Sub(IndexMeta, "1,Aggregate", "1,Summe"), "imeta.csv", "line 4", "Summe");
        yield return X("unknown-parent", CorpusExpectation.Error, IndexData, Sub(IndexMeta, "I1,1,Index", "I1,1,Indexx"), "imeta.csv", "Indexx");
        yield return X("missing-data-column", CorpusExpectation.Error, "uCode,I1\nA,1\nB,2\nC,3\n", IndexMeta, "idata.csv", "I2");
        yield return X("direction-zero", CorpusExpectation.Error, IndexData, Sub(IndexMeta, "I1,1,Index,1", "I1,1,Index,0"), "imeta.csv", "line 2", "Direction");
        yield return X("level-text", CorpusExpectation.Error, IndexData, Sub(IndexMeta, "I1,1,Index", "I1,eins,Index"), "imeta.csv", "line 2", "eins");
        yield return X("no-rows", CorpusExpectation.Error, "uCode,I1,I2\n", IndexMeta, "idata.csv", "no data");
        yield return X("duplicate-code", CorpusExpectation.Error, IndexData, IndexMeta + "I1,1,Index,1,1,Indicator\n", "imeta.csv", "line 5", "I1");
        yield return X("unit-all-missing", CorpusExpectation.Told, Sub(IndexData, "B,2,3", "B,,"), IndexMeta, "idata.csv", "B");
    }

    // ---------------------------------------------------------------- access

    public const string Demand = "id,demand\nA,100\nB,50\n";
    public const string Supply = "id,capacity\nX,10\nY,5\n";
    public const string Costs = "origin,destination,cost\nA,X,5\nB,X,10\nB,Y,3\n";

    private static CorpusCase A(string name, CorpusExpectation expect, string demand, string supply, string costs, string[] extra, params string[] needles) =>
        new(AccessFormat, name, expect, dir => ["access", "--demand", Write(dir, "demand.csv", demand), "--supply", Write(dir, "supply.csv", supply),
            "--costs", Write(dir, "costs.csv", costs), .. extra.Length == 0 ? ["--method", "2sfca"] : extra], needles);

    private static IEnumerable<CorpusCase> AccessCases()
    {
        yield return A("valid", CorpusExpectation.Valid, Demand, Supply, Costs, []);
        yield return A("valid-german", CorpusExpectation.Valid, "ID;Nachfrage\nA;1.000\nB;50,5\n", Supply, Costs, []);
        yield return A("valid-no-access-zone", CorpusExpectation.Valid, Demand + "C,7\n", Supply, Costs, ["--method", "m2sfca"]);
        yield return A("demand-negative", CorpusExpectation.Error, Sub(Demand, "B,50", "B,-50"), Supply, Costs, [], "demand.csv", "line 3", "-50");
        yield return A("capacity-negative", CorpusExpectation.Error, Demand, Sub(Supply, "Y,5", "Y,-5"), Costs, [], "supply.csv", "line 3", "-5");
        yield return A("cost-negative", CorpusExpectation.Error, Demand, Supply, Sub(Costs, "B,Y,3", "B,Y,-3"), [], "costs.csv", "line 4", "-3");
        yield return A("demand-1e308", CorpusExpectation.Error, Sub(Demand, "B,50", "B,1e308"), Supply, Costs, [], "demand.csv", "line 3", "1e308");
        yield return A("capacity-1e308", CorpusExpectation.Error, Demand, Sub(Supply, "Y,5", "Y,1e308"), Costs, [], "supply.csv", "line 3", "1e308");
        yield return A("cost-1e308", CorpusExpectation.Error, Demand, Supply, Sub(Costs, "B,Y,3", "B,Y,1e308"), [], "costs.csv", "line 4", "1e308");
        yield return A("cost-nan", CorpusExpectation.Error, Demand, Supply, Sub(Costs, "B,Y,3", "B,Y,NaN"), [], "costs.csv", "line 4", "NaN");
        yield return A("unknown-origin", CorpusExpectation.Error, Demand, Supply, Sub(Costs, "B,Y,3", "Q,Y,3"), [], "costs.csv", "line 4", "Q");
        yield return A("duplicate-pair", CorpusExpectation.Error, Demand, Supply, Costs + "A,X,6\n", [], "costs.csv", "line 5");
        yield return A("duplicate-id", CorpusExpectation.Error, Demand + "A,3\n", Supply, Costs, [], "demand.csv", "line 4", "A");
        yield return A("missing-column", CorpusExpectation.Error, "id,nachfragen\nA,1\n", Supply, Costs, [], "demand.csv", "demand");
        yield return A("empty-demand", CorpusExpectation.Error, "", Supply, Costs, [], "demand.csv");
        yield return A("short-cost-row", CorpusExpectation.Error, Demand, Supply, Sub(Costs, "B,Y,3", "B,Y"), [], "costs.csv", "line 4");
        yield return A("all-capacity-zero", CorpusExpectation.Told, Demand, "id,capacity\nX,0\nY,0\n", Costs, [], "supply.csv", "capacity");
        yield return new(AccessFormat, "wgs84-lat-out-of-range", CorpusExpectation.Error, dir => ["access", "--demand", Write(dir, "demand.csv", "id,demand,lat,lon\nA,100,200,8\n"),
            "--supply", Write(dir, "supply.csv", "id,capacity,lat,lon\nX,10,50.9,8\n"), "--coordinates", "wgs84", "--method", "2sfca"], ["demand.csv", "line 2", "200"]);
        yield return A("radius-negative", CorpusExpectation.Error, Demand, Supply, Costs, ["--method", "2sfca", "--radius", "-5"], "--radius", "-5");
        yield return A("decay-bad", CorpusExpectation.Error, Demand, Supply, Costs, ["--method", "2sfca", "--decay", "gaussian:-1"], "--decay", "-1");
    }

    // ---------------------------------------------------------------- scenario

    public const string Scenario = """
        { "format": "sozialindikatoren/cut-scenario", "version": 1, "name": "S",
          "lines": [ { "label": "Land", "source": "land", "percent": 50, "effectiveFrom": "2025-01-01", "status": "sourced" } ] }
        """;

    private static CorpusCase S(string name, CorpusExpectation expect, string text, params string[] needles) =>
        new(ScenarioFormat, name, expect, dir => ["cuts", "--scenario", Write(dir, "s.json", text), "--draws", "0", "--out", Path.Combine(dir, "out")], ["s.json", .. needles]);

    private static CorpusCase SSub(string name, string old, string replacement, params string[] needles) => S(name, CorpusExpectation.Error, Sub(Scenario, old, replacement), needles);

    /// <summary>A scenario the data set cannot fully use: a warning naming the scenario, the line and the value (the
    /// warning comes from the analysis, which knows the scenario by its name, not its file).</summary>
    private static CorpusCase SToldAt(string name, string old, string replacement, string value) =>
        new(ScenarioFormat, name, CorpusExpectation.Told, dir => ["cuts", "--scenario", Write(dir, "s.json", Sub(Scenario, old, replacement)), "--draws", "0", "--out", Path.Combine(dir, "out")],
            ["scenario 'S'", "lines[0]", value]);

    private static IEnumerable<CorpusCase> ScenarioCases()
    {
        yield return S("valid", CorpusExpectation.Valid, Scenario);
        yield return SSub("valid-amount", "\"percent\": 50", "\"amountPerYear\": 100000") with { Expect = CorpusExpectation.Valid };
        yield return SSub("percent-150", "\"percent\": 50", "\"percent\": 150", "percent", "150");
        yield return SSub("percent-negative", "\"percent\": 50", "\"percent\": -5", "percent", "-5");
        yield return SSub("amount-7.9e28", "\"percent\": 50", "\"amountPerYear\": 7.9e28", "amountPerYear", "79000000000000000000000000000|7.9e28|7.9E+28");
        yield return SSub("amount-1e30", "\"percent\": 50", "\"amountPerYear\": 1e30", "amountPerYear");
        yield return SSub("amount-negative", "\"percent\": 50", "\"amountPerYear\": -1", "amountPerYear", "-1");
        yield return SSub("percent-and-amount", "\"percent\": 50", "\"percent\": 50, \"amountPerYear\": 5", "percent");
        yield return SSub("unknown-source", "\"source\": \"land\"", "\"source\": \"mond\"", "source", "mond");
        yield return SSub("unknown-member", "\"label\"", "\"lable\"", "lable");
        yield return SSub("duplicate-member", "\"label\": \"Land\",", "\"label\": \"Land\", \"label\": \"B\",", "label");
        yield return SSub("percent-as-string", "\"percent\": 50", "\"percent\": \"50\"", "percent", "50");
        yield return S("truncated", CorpusExpectation.Error, Scenario[..40], "line");
        yield return S("empty", CorpusExpectation.Error, "");
        yield return SSub("bad-status", "\"status\": \"sourced\"", "\"status\": \"sicher\"", "status", "sicher");
        yield return SSub("version-2", "\"version\": 1", "\"version\": 2", "version", "2");
        yield return SSub("bad-date", "\"effectiveFrom\": \"2025-01-01\"", "\"effectiveFrom\": \"2025-13-01\"", "2025-13-01|effectiveFrom");
        yield return SToldAt("matches-no-offering", "\"source\": \"land\",", "\"source\": \"land\", \"programmes\": [ \"Gibt es nicht\" ],", "Gibt es nicht");
        yield return SToldAt("unknown-space", "\"source\": \"land\",", "\"source\": \"land\", \"spaces\": [ \"05970999\" ],", "05970999");
        yield return SToldAt("unknown-domain", "\"source\": \"land\",", "\"source\": \"land\", \"domains\": [ \"Raumfahrt\" ],", "Raumfahrt");
        yield return SSub("nan-literal", "\"percent\": 50", "\"percent\": NaN", "line");
    }

    /// <summary>Every case.</summary>
    public static IReadOnlyList<CorpusCase> All { get; } =
        [.. JsonCases(), .. FolderCases(), .. InventoryCases(), .. GenesisCases(), .. RatesCases(), .. IndexCases(), .. AccessCases(), .. ScenarioCases()];
}
